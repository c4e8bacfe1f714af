#!/usr/bin/env bash
# Redraws the pictures of the README and docs/diagrams.md from the samples: docs/images/<sample>.mmd (the diagram the
# sample's design draws) and docs/images/<sample>.svg (its rendering by the Mermaid CLI with docs/images/mermaid.json).
# Needs the Mermaid CLI (npm install -g @mermaid-js/mermaid-cli@11.17.0, or MERMAID_CLI=path/to/mmdc) and a Chromium
# (PUPPETEER_EXECUTABLE_PATH, or chromium on the PATH). A test fails when these files are stale.
set -euo pipefail
cd "$(dirname "$0")/../.."
mmdc=${MERMAID_CLI:-mmdc}
browser=${PUPPETEER_EXECUTABLE_PATH:-$(command -v chromium || command -v chromium-browser || command -v google-chrome)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '{ "executablePath": "%s", "args": ["--no-sandbox", "--disable-gpu"] }\n' "$browser" > "$work/puppeteer.json"

for sample in QuickStart MaximumResiliency; do
  dotnet run --project "samples/$sample" -- "$work/$sample/azuredeploy.json" > /dev/null
  name=$(tr '[:upper:]' '[:lower:]' <<<"$sample")
  # The flowchart alone: the lines between the Markdown page's ```mermaid fence and its closing fence.
  sed -n '/^```mermaid$/,/^```$/{/^```/d;p}' "$work/$sample/topology.md" > "docs/images/$name.mmd"
  "$mmdc" -q -i "docs/images/$name.mmd" -o "docs/images/$name.svg" -c docs/images/mermaid.json -p "$work/puppeteer.json" -b white
  echo "docs/images/$name.svg"
done
