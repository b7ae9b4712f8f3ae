//! Fuzz target: see `hamish_core::fuzz::config`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| hamish_core::fuzz::config(data));
