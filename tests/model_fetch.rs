//! `selaras model fetch` over loopback, through the real code path: download (resumable,
//! size-checked), unzip, native conversion, atomic install into the XDG cache, and the
//! failures that must leave no half-written model behind.
mod model_support;

use model_support::*;

fn same_file(a: &std::path::Path, b: &std::path::Path) -> bool {
    std::fs::read(a).ok().is_some() && std::fs::read(a).ok() == std::fs::read(b).ok()
}

#[test]
fn fetch_installs_a_model_identical_to_the_python_converter_output() {
    let server = serve(vec![("m/echo.zip", Served::new(fixture_zip("echo")))]);
    let home = tempfile::tempdir().unwrap();
    let out = selaras(
        home.path(),
        &["model", "fetch", "echo", "--url", &server.url("m/echo.zip")],
        &[],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let dir = models_dir(home.path()).join("echo");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        dir.display().to_string()
    );
    let reference = demo_model("echo");
    for file in [
        "model.bin",
        "config.json",
        "shared_vocabulary.json",
        "source.spm",
        "target.spm",
    ] {
        assert!(
            same_file(&dir.join(file), &reference.join(file)),
            "{file} differs"
        );
    }
    assert!(dir.join("preprocess.json").is_file());
    assert!(
        half_written(home.path()).is_empty(),
        "{:?}",
        half_written(home.path())
    );
    // the downloaded zip is not kept once the model is installed
    assert!(file_names(&models_dir(home.path()).join(".downloads")).is_empty());

    // `--model NAME` now resolves to the installed directory
    let path = selaras(home.path(), &["model", "path", "echo"], &[]);
    assert!(path.status.success(), "{}", stderr(&path));
    assert_eq!(
        String::from_utf8_lossy(&path.stdout).trim(),
        dir.display().to_string()
    );

    // a second fetch does not download again
    let again = selaras(
        home.path(),
        &["model", "fetch", "echo", "--url", &server.url("m/echo.zip")],
        &[],
    );
    assert!(again.status.success());
    assert_eq!(server.requests().len(), 1, "{:?}", server.requests());
}

#[test]
fn the_name_defaults_to_the_zip_name_and_quantization_is_honoured() {
    let server = serve(vec![(
        "shout-postnorm-untied.zip",
        Served::new(fixture_zip("shout-postnorm-untied")),
    )]);
    let home = tempfile::tempdir().unwrap();
    let url = server.url("shout-postnorm-untied.zip");
    let out = selaras(
        home.path(),
        &["model", "fetch", "--url", &url, "--quantization", "int16"],
        &[],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let dir = models_dir(home.path()).join("shout-postnorm-untied");
    let reference = fixtures().join("reference/shout-postnorm-untied-int16");
    assert!(same_file(
        &dir.join("model.bin"),
        &reference.join("model.bin")
    ));
}

#[test]
fn an_interrupted_download_resumes_with_a_range_request() {
    let zip = fixture_zip("echo");
    let cut = zip.len() / 3;
    let server = serve(vec![(
        "echo.zip",
        Served {
            body: zip.clone(),
            cut_first_after: Some(cut),
            ignore_range: false,
            ..Served::default()
        },
    )]);
    let home = tempfile::tempdir().unwrap();
    let out = selaras(
        home.path(),
        &["model", "fetch", "echo", "--url", &server.url("echo.zip")],
        &[],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let requests = server.requests();
    assert_eq!(requests.len(), 2, "{requests:?}");
    assert_eq!(requests[0].range, None);
    assert_eq!(
        requests[1].range.as_deref(),
        Some(format!("bytes={cut}-").as_str())
    );
    let model = models_dir(home.path()).join("echo/model.bin");
    assert!(same_file(&model, &demo_model("echo").join("model.bin")));
}

#[test]
fn a_download_cut_short_is_resumed_by_the_next_run() {
    let zip = fixture_zip("echo-postnorm-tied");
    let cut = zip.len() / 2;
    let server = serve(vec![(
        "e.zip",
        Served {
            body: zip.clone(),
            cut_first_after: Some(cut),
            ignore_range: false,
            ..Served::default()
        },
    )]);
    let home = tempfile::tempdir().unwrap();
    let url = server.url("e.zip");
    let args = ["model", "fetch", "e", "--url", &url, "--retries", "0"];
    let first = selaras(home.path(), &args, &[]);
    assert_eq!(first.status.code(), Some(4), "{}", stderr(&first));
    assert!(
        stderr(&first).contains(&format!("stopped at {cut} of {}", zip.len())),
        "{}",
        stderr(&first)
    );
    assert!(!models_dir(home.path()).join("e").exists());
    assert!(half_written(home.path()).is_empty());
    let part = models_dir(home.path()).join(".downloads/e.zip.part");
    assert_eq!(std::fs::metadata(&part).unwrap().len(), cut as u64);

    let second = selaras(home.path(), &args, &[]);
    assert!(second.status.success(), "{}", stderr(&second));
    assert_eq!(
        server.requests()[1].range.as_deref(),
        Some(format!("bytes={cut}-").as_str())
    );
    let reference = fixtures().join("reference/echo-postnorm-tied-int8/model.bin");
    assert!(same_file(
        &models_dir(home.path()).join("e/model.bin"),
        &reference
    ));
}

#[test]
fn a_server_that_ignores_range_still_gives_a_correct_model() {
    let zip = fixture_zip("echo-postnorm-tied");
    let server = serve(vec![(
        "e.zip",
        Served {
            body: zip.clone(),
            cut_first_after: Some(1000),
            ignore_range: true,
            ..Served::default()
        },
    )]);
    let home = tempfile::tempdir().unwrap();
    let out = selaras(
        home.path(),
        &["model", "fetch", "e", "--url", &server.url("e.zip")],
        &[],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let reference = fixtures().join("reference/echo-postnorm-tied-int8/model.bin");
    assert!(same_file(
        &models_dir(home.path()).join("e/model.bin"),
        &reference
    ));
}

/// Each failure: exit code 4, a message naming the problem, and nothing half-written.
fn assert_clean_failure(
    home: &std::path::Path,
    name: &str,
    out: &std::process::Output,
    needle: &str,
) {
    let err = stderr(out);
    assert_eq!(out.status.code(), Some(4), "{err}");
    assert!(err.contains(needle), "expected {needle:?} in: {err}");
    assert_eq!(
        err.trim()
            .lines()
            .last()
            .map(|l| l.starts_with("selaras: error: ")),
        Some(true),
        "{err}"
    );
    assert!(
        !models_dir(home).join(name).exists(),
        "a model directory was left behind"
    );
    assert!(half_written(home).is_empty(), "{:?}", half_written(home));
}

#[test]
fn a_truncated_zip_is_a_clear_error_and_installs_nothing() {
    let zip = fixture_zip("echo-postnorm-tied");
    let home = fetch_fails_cleanly("t", zip[..zip.len() / 2].to_vec(), "not a valid zip");
    // a bad complete download is not kept for resuming
    assert!(file_names(&models_dir(home.path()).join(".downloads")).is_empty());
}

#[test]
fn a_corrupt_zip_is_a_clear_error_and_installs_nothing() {
    let mut zip = fixture_zip("echo");
    let middle = zip.len() / 2;
    for b in &mut zip[middle..middle + 64] {
        *b ^= 0x5a;
    }
    fetch_fails_cleanly("c", zip, "corrupt");
}

#[test]
fn a_zip_without_decoder_yml_is_a_clear_error_and_installs_nothing() {
    let zip = rezip_without(&fixture_zip("echo-postnorm-tied"), |n| {
        n.ends_with("decoder.yml")
    });
    fetch_fails_cleanly("d", zip, "no decoder.yml");
}

#[test]
fn a_zip_without_spm_files_is_a_clear_error_and_installs_nothing() {
    let zip = rezip_without(&fixture_zip("echo-postnorm-tied"), |n| {
        n.ends_with("target.spm")
    });
    fetch_fails_cleanly("s", zip, "no target.spm");
}

#[test]
fn an_unreachable_url_is_a_clear_error() {
    // a port that was free a moment ago: nothing listens there now
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let home = tempfile::tempdir().unwrap();
    let url = format!("http://127.0.0.1:{port}/x.zip");
    let out = selaras(home.path(), &["model", "fetch", "x", "--url", &url], &[]);
    assert_clean_failure(home.path(), "x", &out, "cannot download");
}

#[test]
fn a_missing_file_on_the_server_is_a_clear_error() {
    let server = serve(vec![]);
    let home = tempfile::tempdir().unwrap();
    let out = selaras(
        home.path(),
        &["model", "fetch", "x", "--url", &server.url("nope.zip")],
        &[],
    );
    assert_clean_failure(home.path(), "x", &out, "404");
}

#[test]
fn an_unknown_model_name_is_a_usage_error() {
    let home = tempfile::tempdir().unwrap();
    let out = selaras(home.path(), &["model", "fetch", "no-such-model"], &[]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("selaras model list"));
}

#[test]
fn a_full_disk_while_unpacking_leaves_no_model() {
    // 2 MB holds the 0.2 MB download but not the 17 MB unpacked weights.
    fetch_echo_on_a_full_disk("2m");
}

#[test]
fn a_full_disk_while_downloading_leaves_no_model() {
    fetch_echo_on_a_full_disk("64k");
}

/// Fetches the echo model into a cache on a tmpfs of `size` and checks the run failed with
/// "no space left" and left no model behind.
fn fetch_echo_on_a_full_disk(size: &str) {
    let Some(disk) = Tmpfs::mount(size) else {
        return;
    };
    let server = serve(vec![("echo.zip", Served::new(fixture_zip("echo")))]);
    let home = disk.dir.path();
    let out = selaras(
        home,
        &["model", "fetch", "echo", "--url", &server.url("echo.zip")],
        &[],
    );
    assert_clean_failure(home, "echo", &out, "no space left");
}

#[test]
fn a_failed_refetch_keeps_the_installed_model() {
    let good = fixture_zip("echo-postnorm-tied");
    let bad = good[..good.len() / 2].to_vec();
    let server = serve(vec![
        ("good.zip", Served::new(good)),
        ("bad.zip", Served::new(bad)),
    ]);
    let home = tempfile::tempdir().unwrap();
    let ok = selaras(
        home.path(),
        &["model", "fetch", "m", "--url", &server.url("good.zip")],
        &[],
    );
    assert!(ok.status.success(), "{}", stderr(&ok));
    let before = std::fs::read(models_dir(home.path()).join("m/model.bin")).unwrap();
    let out = selaras(
        home.path(),
        &[
            "model",
            "fetch",
            "m",
            "--force",
            "--url",
            &server.url("bad.zip"),
        ],
        &[],
    );
    assert_eq!(out.status.code(), Some(4));
    assert_eq!(
        std::fs::read(models_dir(home.path()).join("m/model.bin")).unwrap(),
        before
    );
    assert!(half_written(home.path()).is_empty());
}

#[test]
fn no_model_at_all_fetches_the_default_model_first_and_says_so() {
    let server = serve(vec![("default.zip", Served::new(fixture_zip("echo")))]);
    let home = tempfile::tempdir().unwrap();
    let env = [("SELARAS_DEFAULT_MODEL_URL", server.url("default.zip"))];
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let out = selaras(home.path(), &["model", "path"], &env);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("fetching it"), "{}", stderr(&out));
    let dir = models_dir(home.path()).join("msa-eng");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        dir.display().to_string()
    );
    assert!(same_file(
        &dir.join("model.bin"),
        &demo_model("echo").join("model.bin")
    ));
}

#[test]
fn translate_with_no_model_fetches_the_default_and_translates() {
    let server = serve(vec![("default.zip", Served::new(fixture_zip("echo")))]);
    let home = tempfile::tempdir().unwrap();
    let article = home.path().join("artikel.txt");
    std::fs::write(
        &article,
        "Judul berita\n\nIni kalimat pertama. Ini kalimat kedua.\n",
    )
    .unwrap();
    let url = server.url("default.zip");
    let out = selaras(
        home.path(),
        &["translate", article.to_str().unwrap(), "--format", "tsv"],
        &[("SELARAS_DEFAULT_MODEL_URL", url.as_str())],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("fetching it"), "{}", stderr(&out));
    let stdout = String::from_utf8_lossy(&out.stdout);
    // echo translates every sentence into itself
    let echoed: Vec<&str> = stdout
        .lines()
        .filter_map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            (cols.len() >= 5 && cols[3] == cols[4]).then_some(cols[3])
        })
        .collect();
    assert!(echoed.contains(&"Ini kalimat pertama."), "{stdout}");
    assert!(echoed.contains(&"Ini kalimat kedua."), "{stdout}");
    assert_eq!(server.requests().len(), 1);
}

#[test]
fn a_stale_lock_from_a_dead_process_does_not_block_fetching() {
    let server = serve(vec![(
        "e.zip",
        Served::new(fixture_zip("echo-postnorm-tied")),
    )]);
    let home = tempfile::tempdir().unwrap();
    let downloads = models_dir(home.path()).join(".downloads");
    std::fs::create_dir_all(&downloads).unwrap();
    // a process id that is not running: above the kernel's pid_max
    std::fs::write(downloads.join("e.lock"), "4194999").unwrap();
    let out = selaras(
        home.path(),
        &["model", "fetch", "e", "--url", &server.url("e.zip")],
        &[],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(models_dir(home.path()).join("e/model.bin").is_file());
    assert!(
        !downloads.join("e.lock").exists(),
        "the lock is removed afterwards"
    );
}

#[test]
fn a_lock_still_being_written_is_waited_for_and_an_old_empty_one_is_stale() {
    let server = serve(vec![("e.zip", Served::new(fixture_zip("echo")))]);
    let home = tempfile::tempdir().unwrap();
    let downloads = models_dir(home.path()).join(".downloads");
    std::fs::create_dir_all(&downloads).unwrap();
    let lock = downloads.join("e.lock");
    // created by another fetch that has not written its process id yet: wait for it
    std::fs::write(&lock, "").unwrap();
    let child = std::process::Command::new(env!("CARGO_BIN_EXE_selaras"))
        .args(["model", "fetch", "e", "--url", &server.url("e.zip")])
        .env("XDG_CACHE_HOME", home.path())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(1000));
    assert!(
        server.requests().is_empty(),
        "it waited instead of taking the lock"
    );
    std::fs::remove_file(&lock).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("is fetching 'e': waiting for it"),
        "{}",
        stderr(&out)
    );
    assert!(models_dir(home.path()).join("e/model.bin").is_file());

    // an empty lock left long ago by a process that died before writing its id: stale
    let home = tempfile::tempdir().unwrap();
    let downloads = models_dir(home.path()).join(".downloads");
    std::fs::create_dir_all(&downloads).unwrap();
    let old = std::fs::File::create(downloads.join("e.lock")).unwrap();
    old.set_modified(std::time::SystemTime::now() - std::time::Duration::from_secs(60))
        .unwrap();
    let out = selaras(
        home.path(),
        &[
            "model",
            "fetch",
            "e",
            "--url",
            &server.url("e.zip"),
            "--force",
        ],
        &[],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(models_dir(home.path()).join("e/model.bin").is_file());
}

#[test]
fn two_fetches_at_once_install_one_complete_model() {
    let server = serve(vec![("e.zip", Served::new(fixture_zip("echo")))]);
    let home = tempfile::tempdir().unwrap();
    let url = server.url("e.zip");
    let spawn = || {
        std::process::Command::new(env!("CARGO_BIN_EXE_selaras"))
            .args(["model", "fetch", "e", "--url", &url])
            .env("XDG_CACHE_HOME", home.path())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap()
    };
    let (a, b) = (spawn(), spawn());
    for child in [a, b] {
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
    }
    let model = models_dir(home.path()).join("e/model.bin");
    assert!(same_file(&model, &demo_model("echo").join("model.bin")));
    assert!(half_written(home.path()).is_empty());
    assert_eq!(
        server.requests().len(),
        1,
        "downloaded once: {:?}",
        server.requests()
    );
}

#[test]
fn a_build_directory_left_by_a_killed_run_is_removed() {
    let server = serve(vec![(
        "e.zip",
        Served::new(fixture_zip("echo-postnorm-tied")),
    )]);
    let home = tempfile::tempdir().unwrap();
    let abandoned = models_dir(home.path()).join(".tmp-e-4194999-12345");
    std::fs::create_dir_all(abandoned.join("model")).unwrap();
    std::fs::write(abandoned.join("model/model.bin"), b"half").unwrap();
    let out = selaras(
        home.path(),
        &["model", "fetch", "e", "--url", &server.url("e.zip")],
        &[],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!abandoned.exists());
    assert!(
        half_written(home.path()).is_empty(),
        "{:?}",
        half_written(home.path())
    );
}

/// Serves `zip` on loopback, fetches it as model `name`, and checks the run failed with a
/// one-line error containing `expected` and left no model behind; returns the cache home.
fn fetch_fails_cleanly(name: &str, zip: Vec<u8>, expected: &str) -> tempfile::TempDir {
    let file = format!("{name}.zip");
    let server = serve(vec![(file.as_str(), Served::new(zip))]);
    let home = tempfile::tempdir().unwrap();
    let out = selaras(
        home.path(),
        &["model", "fetch", name, "--url", &server.url(&file)],
        &[],
    );
    assert_clean_failure(home.path(), name, &out, expected);
    home
}
