//! Helpers shared by the command-line tests that make an output fail: a tiny tmpfs that fills
//! up halfway through a run, and a listing of what a failed run left in a directory.
#![allow(dead_code)]

use std::path::Path;
use std::process::Command;

/// A tmpfs of `size` mounted at a fresh directory (root only); unmounted on drop.
pub struct Tmpfs {
    pub dir: tempfile::TempDir,
}

impl Tmpfs {
    /// Mounts a tmpfs of `size` (e.g. `"64k"`), or prints why the calling test is skipped and
    /// returns `None` when mounting is not permitted here.
    pub fn mount(size: &str) -> Option<Tmpfs> {
        let mounted = tempfile::tempdir().ok().and_then(|dir| {
            let status = Command::new("mount")
                .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
                .arg(dir.path())
                .stderr(std::process::Stdio::null())
                .status()
                .ok()?;
            status.success().then_some(Tmpfs { dir })
        });
        if mounted.is_none() {
            eprintln!("skipped: cannot mount a tmpfs here (needs root)");
        }
        mounted
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(self.dir.path()).status();
    }
}

/// The names of the entries in `dir`, sorted: what a run left behind.
pub fn entries(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("read the directory")
        .map(|entry| entry.expect("a directory entry").file_name())
        .map(|name| name.to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}
