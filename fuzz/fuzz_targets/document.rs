//! Fuzz target: see `hamish_core::fuzz::document`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| hamish_core::fuzz::document(data));
