//! The prebuilt CTranslate2 library (feature `prebuilt`): found, opened and checked before
//! the first call into ct2rs.
//!
//! build/prebuilt.rs links every C++ function the library exports through a jump slot instead
//! of linking the library itself, so selaras starts without it, and commands that need no model
//! (`segment`, `align --no-mt`, `eval`) never open it. [`load`] opens it once, fills every slot,
//! and turns each way of getting it wrong into one line that names the file and the fix:
//!
//! | problem | message says |
//! |---|---|
//! | no file where it is looked for | where it looked; run `bash scripts/setup` |
//! | a file of another name (another version or build) | the name it must have |
//! | not a loadable library (truncated, not ELF, wrong architecture) | the loader's reason |
//! | a library that lacks one of the functions | it is not CTranslate2 VERSION |
//!
//! It is looked for, in order: the file `$SELARAS_CT2_LIBRARY`; beside the executable and in
//! its parent directory (a binary copied together with the library, and cargo's test and
//! example binaries); the directory `scripts/setup` filled when selaras was built.
use crate::error::Error;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

#[cfg(feature = "prebuilt")]
mod table {
    include!(concat!(env!("OUT_DIR"), "/ct2_library.rs"));
}

/// The CTranslate2 library selaras was built for: its version and file name.
#[cfg(feature = "prebuilt")]
pub fn expected() -> Option<(&'static str, &'static str)> {
    Some((table::VERSION, table::FILE))
}

/// None: this build compiled CTranslate2 in.
#[cfg(not(feature = "prebuilt"))]
pub fn expected() -> Option<(&'static str, &'static str)> {
    None
}

/// The environment variable naming the library file, ahead of every other place.
pub const LIBRARY_VAR: &str = "SELARAS_CT2_LIBRARY";

/// Opens the CTranslate2 library once, before anything calls into ct2rs; the path it was
/// loaded from (None for a build that compiled CTranslate2 in). Safe to call again: later
/// calls return the first outcome.
pub fn load() -> Result<Option<&'static Path>, Error> {
    static LOADED: OnceLock<Result<Option<PathBuf>, Error>> = OnceLock::new();
    LOADED
        .get_or_init(open)
        .as_ref()
        .map(Option::as_deref)
        .map_err(Clone::clone)
}

#[cfg(not(feature = "prebuilt"))]
fn open() -> Result<Option<PathBuf>, Error> {
    Ok(None)
}

/// The variable CTranslate2 reads to choose Intel MKL for its matrix products.
#[cfg(feature = "prebuilt")]
const USE_MKL_VAR: &str = "CT2_USE_MKL";

#[cfg(feature = "prebuilt")]
fn open() -> Result<Option<PathBuf>, Error> {
    // CTranslate2 multiplies with the Intel MKL inside the library on every Intel CPU unless
    // CT2_USE_MKL says otherwise, and with oneDNN on the others. That MKL's int8 product stops
    // the process with SIGFPE on some virtual Intel machines (this project's own, 2026-12-06:
    // `selaras translate --model models/shout samples/…` died in
    // mkl_blas_gemm_s8u8s32_compute), with no error to report. So oneDNN is asked for, the
    // backend the measurements in docs/performance.md ran on, unless the user chose: set
    // CT2_USE_MKL=1 to use MKL. Set here, once, before the library is opened and reads it.
    if std::env::var_os(USE_MKL_VAR).is_none() {
        std::env::set_var(USE_MKL_VAR, "0");
    }
    let path = locate()?;
    let fix = "run `bash scripts/setup` to fetch it again";
    let found = path.file_name().unwrap_or_default().to_string_lossy();
    if found != table::FILE {
        return Err(Error::Library(format!(
            "'{}': not the CTranslate2 library this selaras was built for ({}, CTranslate2 {}): \
             {fix}, or point {LIBRARY_VAR} at {}",
            path.display(),
            table::FILE,
            table::VERSION,
            table::FILE
        )));
    }
    // SAFETY: opening runs the library's initializers. The file has the name of the exact
    // build the stubs were made from, and every symbol is checked below before any is used.
    let flags = libloading::os::unix::RTLD_NOW | libloading::os::unix::RTLD_LOCAL;
    let library =
        unsafe { libloading::os::unix::Library::open(Some(&path), flags) }.map_err(|err| {
            Error::Library(format!(
                "'{}': cannot load the CTranslate2 library: {err}: {fix}",
                path.display()
            ))
        })?;
    let mut addresses = Vec::with_capacity(table::SYMBOLS.len());
    for name in table::SYMBOLS.iter() {
        // SAFETY: the address is only stored, and called through the stub that has the
        // signature the C++ headers declare for this mangled name.
        let symbol = unsafe { library.get::<*const std::ffi::c_void>(name.as_bytes()) };
        match symbol {
            Ok(symbol) => addresses.push(*symbol),
            Err(_) => {
                return Err(Error::Library(format!(
                    "'{}': not CTranslate2 {}: it lacks {}: {fix}",
                    path.display(),
                    table::VERSION,
                    name.trim_end_matches('\0')
                )))
            }
        }
    }
    // SAFETY: the slots are written once, here, under the OnceLock, before any stub runs; the
    // table has exactly SYMBOLS.len() entries (both come from one list in build/prebuilt.rs).
    unsafe {
        let slots = std::ptr::addr_of_mut!(selaras_ct2_slots).cast::<*const std::ffi::c_void>();
        for (i, address) in addresses.into_iter().enumerate() {
            slots.add(i).write(address);
        }
    }
    // The library stays loaded for the life of the process.
    std::mem::forget(library);
    Ok(Some(path))
}

#[cfg(feature = "prebuilt")]
extern "C" {
    /// The jump slots of the stubs (build/prebuilt.rs).
    static mut selaras_ct2_slots: [*const std::ffi::c_void; table::COUNT];
}

/// The library file: `$SELARAS_CT2_LIBRARY`, or the first place in [`candidates`] that has
/// it.
#[cfg(feature = "prebuilt")]
fn locate() -> Result<PathBuf, Error> {
    if let Some(path) = std::env::var_os(LIBRARY_VAR).filter(|v| !v.is_empty()) {
        let path = PathBuf::from(path);
        if !path.is_file() {
            return Err(Error::Library(format!(
                "'{}' (from {LIBRARY_VAR}): no such file: run `bash scripts/setup`, or point \
                 {LIBRARY_VAR} at the CTranslate2 {} library {}",
                path.display(),
                table::VERSION,
                table::FILE
            )));
        }
        return Ok(path);
    }
    let places = candidates();
    if let Some(path) = places
        .iter()
        .map(|dir| dir.join(table::FILE))
        .find(|p| p.is_file())
    {
        return Ok(path);
    }
    let looked: Vec<String> = places.iter().map(|p| p.display().to_string()).collect();
    Err(Error::Library(format!(
        "the CTranslate2 {} library {} is in none of {}: run `bash scripts/setup` to fetch it, \
         or set {LIBRARY_VAR} to its path",
        table::VERSION,
        table::FILE,
        looked.join(", ")
    )))
}

/// The directories searched for the library, in order.
#[cfg(feature = "prebuilt")]
fn candidates() -> Vec<PathBuf> {
    let exe = std::env::current_exe().ok();
    let exe_dirs = exe.iter().flat_map(|exe| exe.ancestors().skip(1).take(2));
    exe_dirs
        .map(Path::to_path_buf)
        .chain([PathBuf::from(table::BUILD_DIR)])
        .collect()
}
