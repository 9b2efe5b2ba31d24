//! `selaras eval` (to be written).

#[derive(clap::Args, Debug)]
pub struct SegmentationArgs {}

pub fn run(_args: SegmentationArgs) -> anyhow::Result<i32> {
    anyhow::bail!("not written yet")
}
