#!/usr/bin/env bash
# Copies the browser tests' screenshots of the production jar (target/screenshots, left by `./mvnw verify`)
# over the README's images in docs/images, so that the README shows the app as it is now: BrowserSmokeIT's views,
# LanguagesBrowserIT's roster in each interface language and GrowthBrowserIT's growth, burden-sharing, cost model and housing views and SourcingBrowserIT's sourcing board.
# Run after a verify: .ci/readme-images.sh
set -euo pipefail
cd "$(dirname "$0")/.."
shots=target/screenshots
declare -A images=(
  [establishment]=planner-posts
  [roster]=planner-roster
  [calendar]=planner-calendar-selected
  [org-chart]=planner-org-chart
  [roster-en]=en-roster
  [roster-ru]=ru-roster
  [roster-zh]=zh-roster
  [roster-kk]=kk-roster
  [growth]=planner-growth-timeline
  [burden-sharing]=commander-burden-sharing-from-org-chart
  [cost-model]=planner-burden-sharing-cost-model
  [housing]=planner-housing-loads
  [sourcing-board]=planner-sourcing-board-answered
)
for image in "${!images[@]}"; do
  shot="$shots/${images[$image]}.png"
  [ -f "$shot" ] || { echo "readme-images: $shot is missing; run ./mvnw verify first" >&2; exit 1; }
  cp "$shot" "docs/images/$image.png"
done
echo "readme-images: docs/images updated from $shots"
