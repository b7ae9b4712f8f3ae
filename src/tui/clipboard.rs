//! Copying to the system clipboard through the terminal: OSC 52 (`ESC ] 52 ; c ; <base64> BEL`).
//! Works over ssh and inside tmux (with `set-clipboard on`); the terminal decides whether to
//! allow it. The text is sent in logical order, as stored, so pasted Arabic reads correctly.

/// Where clipboard bytes go: the terminal in the real reader, a buffer in tests.
pub type ClipboardWriter = Box<dyn FnMut(&[u8]) -> std::io::Result<()>>;

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Standard base64 (RFC 4648, with `=` padding).
pub fn base64(data: &[u8]) -> String {
    let mut out = String::with_capacity(data.len().div_ceil(3) * 4);
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        let sextet = |i: u32| char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]);
        out.push(sextet(0));
        out.push(sextet(1));
        out.push(if chunk.len() > 1 { sextet(2) } else { '=' });
        out.push(if chunk.len() > 2 { sextet(3) } else { '=' });
    }
    out
}

/// The OSC 52 sequence that puts `text` on the clipboard.
pub fn osc52(text: &str) -> Vec<u8> {
    let mut v = b"\x1b]52;c;".to_vec();
    v.extend_from_slice(base64(text.as_bytes()).as_bytes());
    v.push(0x07);
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc4648_vectors() {
        let cases = [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ];
        for (plain, enc) in cases {
            assert_eq!(base64(plain.as_bytes()), enc, "{plain}");
        }
        // all 64 symbols and the high bit
        assert_eq!(base64(&[0xfb, 0xff, 0xbf]), "+/+/");
        assert_eq!(base64("سلام".as_bytes()), "2LPZhNin2YU=");
    }

    #[test]
    fn osc52_frame() {
        assert_eq!(osc52("hi"), b"\x1b]52;c;aGk=\x07");
    }
}
