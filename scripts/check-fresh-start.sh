#!/usr/bin/env bash
# Checks the README's first Quick-start command the way a new user meets it: an empty copy of the
# repository (a clone of HEAD), a PATH without ffmpeg or ffprobe, `pnpm install && pnpm start`,
# and then waits until the sample films are transcoded and playable — by the binaries shipped in the
# npm packages. Slow (a clean install, both builds, four transcodes): run it by hand, not in CI.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d /tmp/cards-fresh-XXXXXX)"
port="${PORT:-4790}"
cleanup() { [ -n "${server:-}" ] && kill "$server" 2>/dev/null || true; }
trap cleanup EXIT

# A PATH with everything this machine has, except ffmpeg and ffprobe.
mkdir -p "$work/bin"
IFS=: read -ra dirs <<<"$PATH"
for dir in "${dirs[@]}"; do
  [ -d "$dir" ] || continue
  for tool in "$dir"/*; do
    name="$(basename "$tool")"
    case "$name" in ffmpeg | ffprobe | ffplay) continue ;; esac
    [ -e "$work/bin/$name" ] || ln -s "$tool" "$work/bin/$name"
  done
done
export PATH="$work/bin"
if command -v ffmpeg >/dev/null || command -v ffprobe >/dev/null; then echo "ffmpeg is still on PATH" >&2; exit 1; fi

git clone --quiet "$repo" "$work/app"
cd "$work/app"
echo "==> pnpm install && pnpm start in $work/app (PATH without ffmpeg)"
pnpm install --frozen-lockfile >"$work/install.log" 2>&1
PORT="$port" pnpm start >"$work/start.log" 2>&1 &
server=$!

query='{"query":"{ films(first: 20) { totalCount edges { node { title hlsUrl mp4Url posterUrl } } } }"}'
deadline=$((SECONDS + 1200))
while :; do
  if ! kill -0 "$server" 2>/dev/null; then echo "pnpm start exited:" >&2; tail -20 "$work/start.log" >&2; exit 1; fi
  answer="$(curl -s -H 'content-type: application/json' -d "$query" "http://127.0.0.1:$port/graphql" || true)"
  ready="$(node -e 'try { const a = JSON.parse(process.argv[1]); console.log(a.data.films.edges.filter((e) => e.node.hlsUrl && e.node.mp4Url).length) } catch { console.log(0) }' "$answer")"
  [ "$ready" -ge 4 ] && break
  [ $SECONDS -ge $deadline ] && { echo "sample films not ready after 20 minutes" >&2; tail -20 "$work/start.log" >&2; exit 1; }
  sleep 5
done
grep -E "ffmpeg .*ffprobe" "$work/start.log"
grep -q "bundled with the npm package" "$work/start.log" || { echo "the bundled binaries were not the ones used" >&2; exit 1; }
master="$(node -e 'const a = JSON.parse(process.argv[1]); console.log(a.data.films.edges[0].node.hlsUrl)' "$answer")"
curl -sf "http://127.0.0.1:$port$master" | head -5
echo "==> OK: $ready sample films transcoded and served with the bundled ffmpeg and ffprobe (logs in $work)"
