#!/usr/bin/env bash
# The scale-out path under a real Slurm (issue #16), run by .ci/run: a single-node cluster
# (munged, slurmctld, slurmd from Debian's slurm-wlm and munge, started here as root and
# stopped by process id), the documented scripts/selaras-shards.sbatch as a job array, and
# `selaras corpus status` / `merge` checked byte for byte against one run on one machine:
#   1. a corpus of 64 articles translated with the echo model as one run (jsonl, tmx, moses);
#   2. the same corpus as `sbatch --array=0-3 --wait`, then status and merge in each format;
#   3. a larger corpus (400 articles) with one array task cancelled while it runs (scancel):
#      status lists only that index, its resubmission (`sbatch --array=2`) completes the run,
#      and the merge (jsonl) again equals the single run.
# Usage: tests/slurm_check.sh [SELARAS_BINARY]   (default: $CARGO_TARGET_DIR/release/selaras)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
selaras=$(realpath "${1:-${CARGO_TARGET_DIR:-$root/target}/release/selaras}")
[ -x "$selaras" ] || { echo "slurm_check: no selaras binary at $selaras" >&2; exit 1; }

if ! command -v slurmctld >/dev/null || ! command -v munged >/dev/null; then
  echo "slurm_check: installing slurm-wlm and munge" >&2
  { DEBIAN_FRONTEND=noninteractive apt-get install -y -qq slurm-wlm munge ||
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq slurm-wlm munge; }
  } >/dev/null
fi

work=$(mktemp -d /tmp/selaras-slurm.XXXXXX)
pids=()
stop() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  done
  rm -rf "$work"
}
trap stop EXIT

# munge: its key (the package makes one; make it if absent), then the daemon as user munge
if [ ! -s /etc/munge/munge.key ]; then
  mungekey --create --keyfile=/etc/munge/munge.key
  chown munge:munge /etc/munge/munge.key
  chmod 400 /etc/munge/munge.key
fi
install -d -o munge -g munge -m 755 /run/munge
install -d -o munge -g munge -m 700 /var/lib/munge /var/log/munge
# a munged that already answers is used as it is; else one is started here (and stopped)
if ! munge -n 2>/dev/null | unmunge >/dev/null 2>&1; then
  rm -f /run/munge/munged.pid
  runuser -u munge -- /usr/sbin/munged --force
  pids+=("$(cat /run/munge/munged.pid)")
  munge -n | unmunge >/dev/null
fi

host=$(hostname -s)
mkdir -p "$work/state" "$work/spool" "$work/logs"
export SLURM_CONF="$work/slurm.conf"
cat >"$SLURM_CONF" <<CONF
ClusterName=selaras
SlurmctldHost=$host
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
StateSaveLocation=$work/state
SlurmdSpoolDir=$work/spool
SlurmctldPidFile=$work/slurmctld.pid
SlurmdPidFile=$work/slurmd.pid
SlurmctldLogFile=$work/slurmctld.log
SlurmdLogFile=$work/slurmd.log
JobCompType=jobcomp/none
AccountingStorageType=accounting_storage/none
MpiDefault=none
NodeName=$host CPUs=$(nproc) State=UNKNOWN
PartitionName=main Nodes=ALL Default=YES MaxTime=INFINITE State=UP
CONF
slurmctld -f "$SLURM_CONF"
for _ in $(seq 100); do [ -s "$work/slurmctld.pid" ] && break; sleep 0.1; done
pids+=("$(cat "$work/slurmctld.pid")")
slurmd -f "$SLURM_CONF"
for _ in $(seq 100); do [ -s "$work/slurmd.pid" ] && break; sleep 0.1; done
pids+=("$(cat "$work/slurmd.pid")")
for _ in $(seq 120); do
  state=$(sinfo -h -o %T 2>/dev/null | head -1 || true)
  [ "$state" = idle ] && break
  sleep 0.5
done
[ "$state" = idle ] || { echo "slurm_check: the node did not come up ($state)" >&2; cat "$work"/slurm*.log >&2; exit 1; }
echo "slurm_check: single-node Slurm up on $host ($(nproc) CPUs)"

# A corpus: the footer on every page (boilerplate only across documents), a caption shared by
# every third article, articles of different lengths.
corpus() { # DIR COUNT
  python3 - "$1" "$2" <<'PY'
import os, sys
out, count = sys.argv[1], int(sys.argv[2])
os.makedirs(out, exist_ok=True)
syllables = ["ba", "ci", "du", "fe", "go", "hu", "ja", "ke", "lo", "mu"]
for n in range(count):
    place = "Desa" + "".join(syllables[int(d)] for d in str(n))
    text = f"Harga Beras di {place} Naik Lagi\n\n"
    if n % 3 == 0:
        text += "Warga antre membeli beras murah di pasar, Senin (6/8).\n\n"
    for k in range(1 + n % 5):
        text += (f"JAKARTA - Harga beras di pasar {place} naik {k}.400 rupiah pekan ini. "
                 f"Pedagang di {place} mengatakan stok ke-{k} masih aman.\n\n")
    text += "Hak Cipta © 2024 Kabar Desa. Dilarang mengutip tanpa izin.\n"
    with open(os.path.join(out, f"berita-{n:04d}.txt"), "w", encoding="utf-8") as f:
        f.write(text)
PY
}

export SELARAS="$selaras" SELARAS_ARGS="--model $root/models/echo --quiet"
single() { # INPUT OUTBASE [FORMATS]
  for format in ${3:-jsonl tmx moses}; do
    "$selaras" translate --model "$root/models/echo" --quiet --format $format -o "$2.$format" "$1/"
  done
}
same_as_single() { # PARTS OUTBASE [FORMATS]
  for format in ${3:-jsonl tmx moses}; do
    "$selaras" corpus merge "$1" --quiet --format $format -o "$work/merged.$format"
    if [ $format = moses ]; then
      cmp "$work/merged.moses.id" "$2.moses.id"
      cmp "$work/merged.moses.en" "$2.moses.en"
    else
      cmp "$work/merged.$format" "$2.$format"
    fi
  done
}

# 1 and 2: one run, then four array tasks, merged
corpus "$work/in" 64
single "$work/in" "$work/single"
sbatch --quiet --wait --array=0-3 -o "$work/logs/%A_%a.log" \
  "$root/scripts/selaras-shards.sbatch" 4 "$work/parts" "$work/in/"
"$selaras" corpus status "$work/parts"
same_as_single "$work/parts" "$work/single"
echo "slurm_check: 4 array tasks merged to the single run's bytes (jsonl, tmx, moses)"

# 3: a task cancelled while it runs, then resubmitted alone. One task at a time (%1), on a
# corpus big enough that a task takes a few seconds, so that task 2 is caught running. The
# shards read the repeated lines from one scan, itself split over a 2-task array and merged.
corpus "$work/in2" 400
single "$work/in2" "$work/single2" jsonl
mkdir -p "$work/stats"
sbatch --quiet --wait --array=0-1 -o "$work/logs/scan-%A_%a.log" --wrap \
  "'$selaras' corpus scan --quiet --shard \$SLURM_ARRAY_TASK_ID/2 -o '$work/stats/part'\$SLURM_ARRAY_TASK_ID '$work/in2/'"
"$selaras" corpus merge-stats --quiet "$work/stats/part0" "$work/stats/part1" -o "$work/lines.stats"
"$selaras" corpus scan --quiet "$work/in2/" -o "$work/lines-one.stats"
cmp "$work/lines.stats" "$work/lines-one.stats"
echo "slurm_check: a scan split over 2 array tasks merged to the single scan's bytes"
export SELARAS_ARGS="$SELARAS_ARGS --line-stats $work/lines.stats"
job=$(sbatch --parsable --array=0-3%1 -o "$work/logs/%A_%a.log" \
  "$root/scripts/selaras-shards.sbatch" 4 "$work/parts2" "$work/in2/")
cancelled=""
for _ in $(seq 1200); do
  if [ "$(squeue -h -j "${job}_2" -o %T 2>/dev/null)" = RUNNING ]; then
    sleep 0.3
    scancel "${job}_2"
    cancelled=yes
    break
  fi
  sleep 0.05
done
[ -n "$cancelled" ] || { echo "slurm_check: task 2 was never seen running" >&2; exit 1; }
for _ in $(seq 600); do
  [ -z "$(squeue -h -j "$job" 2>/dev/null)" ] && break
  sleep 0.2
done
if "$selaras" corpus status "$work/parts2" >"$work/status.txt"; then
  echo "slurm_check: status says done although task 2 was cancelled" >&2
  cat "$work/status.txt" >&2
  exit 1
fi
grep -qx "rerun: 2" "$work/status.txt" || { cat "$work/status.txt" >&2; exit 1; }
[ ! -e "$work/parts2/part-00002-of-00004.done" ]
sbatch --quiet --wait --array="$(sed -n 's/^rerun: //p' "$work/status.txt")" \
  -o "$work/logs/%A_%a.log" "$root/scripts/selaras-shards.sbatch" 4 "$work/parts2" "$work/in2/"
"$selaras" corpus status "$work/parts2" >/dev/null
same_as_single "$work/parts2" "$work/single2" jsonl
echo "slurm_check: task 2 cancelled while running, resubmitted alone, merged to the same bytes (shards read one scan)"
