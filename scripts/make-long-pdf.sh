#!/bin/sh
# A long PDF (103 pages) for timing the PDF import: four seed PDFs one after another
# (pdfunite, poppler-utils). Not committed; `npx tsx scripts/pdf-seeds.ts OUT` times it.
set -eu
d=$(cd "$(dirname "$0")/../test/fixtures/pdf/seeds" && pwd)
pdfunite "$d/001_24b64a88380a38ac.pdf" "$d/002_486e34976f171ce8.pdf" "$d/003_57911e9c0807c863.pdf" "$d/000_3f8ad0e81d82774d.pdf" "${1:-/tmp/long.pdf}"
