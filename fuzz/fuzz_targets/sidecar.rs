//! Fuzz target: see `hamish_core::fuzz::sidecar`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| hamish_core::fuzz::sidecar(data));
