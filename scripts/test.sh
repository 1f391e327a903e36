#!/usr/bin/env bash
# Installs what a fresh machine lacks, then runs every test: type check, unit and property tests,
# database tests on embedded PGlite and on a PostgreSQL server, API and CLI tests, and browser tests
# in Debian's headless Chromium. Usage: bash scripts/test.sh [vitest filters…]
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
apt_updated=0
apt_install() {
  if [ "$apt_updated" = 0 ]; then as_root apt-get update -qq; apt_updated=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# Browser tests drive Debian's Chromium (never a downloaded browser); CJK fonts so pages render Chinese.
if [ ! -x /usr/bin/chromium ]; then
  echo "› installing chromium and CJK fonts"
  apt_install chromium fonts-noto-cjk
fi
# Evaluation reports set their PDFs and charts in Noto CJK; their tests read PDFs back with pdftotext.
if [ ! -f /usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc ] || ! command -v pdftotext >/dev/null 2>&1; then
  echo "› installing CJK fonts and poppler-utils (pdftotext)"
  apt_install fonts-noto-cjk poppler-utils
fi

# A PostgreSQL server for the database tests: use the one on 127.0.0.1:5432, or start one.
export KECHUANG_TEST_PG_URL="${KECHUANG_TEST_PG_URL:-postgres://postgres:postgres@127.0.0.1:5432/postgres}"
if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
  echo "› no PostgreSQL answers on 127.0.0.1:5432: starting one"
  if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ -z "$(ls /etc/postgresql 2>/dev/null)" ]; then
    apt_install postgresql
  fi
  version="$(ls /etc/postgresql | sort -V | tail -n 1)"
  as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start || as_root pg_ctlcluster "$version" main start
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
  # Debian's cluster asks for a password over TCP: give the postgres role the one in the URL.
  as_root su postgres -c "psql -q -c \"ALTER USER postgres PASSWORD 'postgres'\""
fi

# npm packages exactly as locked.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "› installing npm packages"
  npm ci --no-audit --no-fund
fi

npm run --silent typecheck
npm run --silent build:web >/dev/null
report="$(mktemp)"
status=0
npx vitest run --reporter=default --reporter=json --outputFile.json="$report" "$@" || status=$?
# Closing summary: tests, then test files. A file "failed to run" when it failed with none of its tests
# failing: it did not load, or a hook threw and its tests were skipped. (The report's numTotalTestSuites
# counts describe blocks too, so files are counted from testResults.)
summary=0
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const files = r.testResults;
  const broken = files.filter((f) => f.status === "failed" && !f.assertionResults.some((t) => t.status === "failed"));
  for (const f of broken) console.log(`failed to run: ${require("path").relative(process.cwd(), f.name)}`);
  console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped; ${files.length} files, ${broken.length} failed to run`);
  process.exit(broken.length ? 1 : 0);
' "$report" || summary=$?
rm -f "$report"
# vitest already exits non-zero when a file fails to load; the summary makes sure of it.
if [ "$status" = 0 ] && [ "$summary" != 0 ]; then status=1; fi
exit "$status"
