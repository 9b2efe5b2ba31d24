//! Feature `prebuilt`: links selaras against OpenNMT's prebuilt CTranslate2 library without
//! making the binary depend on it at start-up.
//!
//! ct2rs's `system` feature asks the linker for `-lctranslate2` (and, unconditionally, for
//! `cpu_features` and three static CUDA libraries that the prebuilt library holds inside or
//! loads itself). Linking the shared library directly would make the dynamic loader refuse to
//! start selaras when the file is missing, with a message that names no fix, and would take
//! any `libctranslate2` of another version that happened to be on the search path. Instead:
//!
//! - every C++ function the library exports in namespace `ctranslate2` gets a weak jump stub
//!   here, `jmp *slot(%rip)`, assembled into `libselaras_ct2_stubs.a`;
//! - the libraries ct2rs asks for are satisfied by the empty archives in build/empty-archives;
//! - at run time `src/translate/ct2/library.rs` opens the library with `dlopen`, fills every
//!   slot with `dlsym`, and reports a missing or wrong file as one line naming it and the fix.
//!
//! A slot not yet filled points at a routine that says so on stderr and aborts: calling
//! CTranslate2 before loading it is a bug in selaras, never a user's mistake.
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use object::{Object, ObjectSymbol, SymbolKind};

/// The pins `scripts/setup` fetches with.
const PINS: &str = "scripts/ctranslate2.txt";

/// What `$OUT_DIR/ct2_library.rs` tells src/translate/ct2/library.rs.
pub fn link() {
    println!("cargo::rerun-if-changed={PINS}");
    println!("cargo::rerun-if-changed=build/prebuilt.rs");
    for var in ["SELARAS_CT2_DIR", "XDG_CACHE_HOME", "HOME"] {
        println!("cargo::rerun-if-env-changed={var}");
    }
    let arch = std::env::var("CARGO_CFG_TARGET_ARCH").expect("cargo sets CARGO_CFG_TARGET_ARCH");
    let os = std::env::var("CARGO_CFG_TARGET_OS").expect("cargo sets CARGO_CFG_TARGET_OS");
    if os != "linux" || !matches!(arch.as_str(), "x86_64" | "aarch64") {
        fail(&format!(
            "the prebuilt CTranslate2 exists for Linux on x86_64 and aarch64 only, not {os} on \
             {arch}: build from source with --no-default-features --features dnnl"
        ));
        return;
    }
    let pins = std::fs::read_to_string(PINS).unwrap_or_else(|err| panic!("{PINS}: {err}"));
    let version =
        pinned_version(&pins).unwrap_or_else(|| panic!("{PINS}: no ctranslate2==VERSION"));
    let dir = library_dir(&version, &arch);
    println!("cargo::rerun-if-changed={}", dir.display());
    let Some(library) = find_library(&dir, &version) else {
        fail(&format!(
            "the prebuilt CTranslate2 {version} is not in {}: run `bash scripts/setup` (or set \
             SELARAS_CT2_DIR to the directory holding libctranslate2-*.so.{version}, or build \
             from source with --no-default-features --features dnnl)",
            dir.display()
        ));
        return;
    };
    let bytes = std::fs::read(&library)
        .unwrap_or_else(|err| panic!("cannot read {}: {err}", library.display()));
    let symbols = match exported_functions(&bytes) {
        Ok(symbols) if !symbols.is_empty() => symbols,
        Ok(_) => {
            fail(&format!(
                "{} exports no ctranslate2 functions",
                library.display()
            ));
            return;
        }
        Err(err) => {
            fail(&format!(
                "{} is not a readable ELF library: {err}",
                library.display()
            ));
            return;
        }
    };

    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let stubs = out.join("ct2_stubs.S");
    write(&stubs, &assembly(&symbols, &arch));
    cc::Build::new()
        .file(&stubs)
        .cargo_metadata(false)
        .compile("selaras_ct2_stubs");
    println!("cargo::rustc-link-search=native={}", out.display());
    println!("cargo::rustc-link-lib=static:+whole-archive=selaras_ct2_stubs");

    let file = library.file_name().unwrap().to_string_lossy().into_owned();
    write(
        &out.join("ct2_library.rs"),
        &rust_table(&version, &file, &dir, &symbols),
    );
}

/// The version in `ctranslate2==VERSION`.
fn pinned_version(pins: &str) -> Option<String> {
    pins.lines()
        .find_map(|line| line.trim().strip_prefix("ctranslate2=="))
        .map(|rest| rest.split_whitespace().next().unwrap_or("").to_string())
        .filter(|version| !version.is_empty())
}

/// Where `scripts/setup` puts the library; the same rule as there.
fn library_dir(version: &str, arch: &str) -> PathBuf {
    if let Some(dir) = std::env::var_os("SELARAS_CT2_DIR").filter(|v| !v.is_empty()) {
        return PathBuf::from(dir);
    }
    let cache = std::env::var_os("XDG_CACHE_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cache")))
        .unwrap_or_else(|| PathBuf::from(".cache"));
    cache
        .join("selaras")
        .join(format!("ctranslate2-{version}-{arch}"))
}

/// The one `libctranslate2-HASH.so.VERSION` in `dir`.
fn find_library(dir: &Path, version: &str) -> Option<PathBuf> {
    let suffix = format!(".so.{version}");
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .ok()?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| {
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            name.starts_with("libctranslate2") && name.ends_with(&suffix)
        })
        .collect();
    found.sort();
    found.into_iter().next()
}

/// The functions the library defines in namespace `ctranslate2` (mangled `_ZN11ctranslate2…`
/// or `_ZNK11ctranslate2…`), sorted: the only ones ct2rs's bridge can call.
fn exported_functions(bytes: &[u8]) -> Result<Vec<String>, object::Error> {
    let file = object::File::parse(bytes)?;
    let mut names: Vec<String> = file
        .dynamic_symbols()
        .filter(|symbol| symbol.kind() == SymbolKind::Text && symbol.is_definition())
        .filter_map(|symbol| symbol.name().ok().map(str::to_string))
        .filter(|name| {
            name.starts_with("_ZN11ctranslate2") || name.starts_with("_ZNK11ctranslate2")
        })
        .collect();
    names.sort();
    names.dedup();
    Ok(names)
}

/// One weak, hidden jump stub per symbol through `selaras_ct2_slots`, and the slot table,
/// every slot first pointing at `selaras_ct2_unloaded`.
fn assembly(symbols: &[String], arch: &str) -> String {
    let mut s = String::from("/* generated by build/prebuilt.rs */\n\t.text\n");
    for (i, name) in symbols.iter().enumerate() {
        let offset = 8 * i;
        let _ = writeln!(
            s,
            "\t.weak {name}\n\t.hidden {name}\n\t.type {name}, %function"
        );
        if arch == "x86_64" {
            let _ = writeln!(s, "{name}:\n\tjmp *selaras_ct2_slots+{offset}(%rip)");
        } else {
            let _ = writeln!(
                s,
                "{name}:\n\tadrp x16, selaras_ct2_slots+{offset}\n\
                 \tldr x16, [x16, #:lo12:selaras_ct2_slots+{offset}]\n\tbr x16"
            );
        }
    }
    let message = "selaras: bug: CTranslate2 was called before the library was loaded\\n";
    let length = message.len() - 1; // the escaped newline is one byte
    s.push_str("\t.type selaras_ct2_unloaded, %function\nselaras_ct2_unloaded:\n");
    if arch == "x86_64" {
        let _ = writeln!(
            s,
            "\tsub $8, %rsp\n\tmov $2, %edi\n\tlea .Lunloaded(%rip), %rsi\n\tmov ${length}, %edx\n\
             \tcall write@PLT\n\tcall abort@PLT"
        );
    } else {
        let _ = writeln!(
            s,
            "\tstp x29, x30, [sp, #-16]!\n\tmov x0, #2\n\tadrp x1, .Lunloaded\n\
             \tadd x1, x1, #:lo12:.Lunloaded\n\tmov x2, #{length}\n\tbl write\n\tbl abort"
        );
    }
    let _ = writeln!(
        s,
        "\t.section .rodata\n.Lunloaded:\n\t.ascii \"{message}\"\n\
         \t.data\n\t.balign 8\n\t.globl selaras_ct2_slots\n\t.hidden selaras_ct2_slots\n\
         selaras_ct2_slots:"
    );
    for _ in symbols {
        s.push_str("\t.quad selaras_ct2_unloaded\n");
    }
    s.push_str("\t.section .note.GNU-stack,\"\",%progbits\n");
    s
}

/// The Rust side of the table: the library's file name and version, the directory setup put
/// it in, and the symbol names in slot order (NUL-terminated for `dlsym`).
fn rust_table(version: &str, file: &str, dir: &Path, symbols: &[String]) -> String {
    let mut s = String::from("// generated by build/prebuilt.rs\n");
    let _ = writeln!(s, "/// The CTranslate2 version the stubs were made from.");
    let _ = writeln!(s, "pub const VERSION: &str = {version:?};");
    let _ = writeln!(
        s,
        "/// The library's file name (its SONAME), which names its exact build."
    );
    let _ = writeln!(s, "pub const FILE: &str = {file:?};");
    let _ = writeln!(
        s,
        "/// Where `scripts/setup` put it when selaras was built."
    );
    let _ = writeln!(
        s,
        "pub const BUILD_DIR: &str = {:?};",
        dir.display().to_string()
    );
    let _ = writeln!(s, "/// How many functions have a stub.");
    let _ = writeln!(s, "pub const COUNT: usize = {};", symbols.len());
    let _ = writeln!(s, "/// Slot `i` holds the address of `SYMBOLS[i]`.");
    let _ = writeln!(s, "pub static SYMBOLS: [&str; COUNT] = [");
    for name in symbols {
        let _ = writeln!(s, "    \"{name}\\0\",");
    }
    s.push_str("];\n");
    s
}

fn write(path: &Path, text: &str) {
    std::fs::write(path, text)
        .unwrap_or_else(|err| panic!("cannot write {}: {err}", path.display()));
}

fn fail(message: &str) {
    println!("cargo::error={message}");
}
