#!/usr/bin/env python3
"""Bundles the sample blueprints into one file the page fetches at start (File > Samples, and the
document shown when there is no work to restore): samples/bundle.json = [{file, name, language, json}, …].

  bundle_samples.py <site/samples> <sample.blueprint.json …>

A sample that is not valid JSON is reported and left out; with no samples the list is empty.
"""
import json
import os
import sys


def main():
    out_dir, samples = sys.argv[1], sys.argv[2:]
    os.makedirs(out_dir, exist_ok=True)
    bundled = []
    for path in sorted(samples):
        name = os.path.basename(path)
        try:
            with open(path, encoding="utf-8") as f:
                text = f.read()
            doc = json.loads(text)
        except (OSError, ValueError) as e:
            print(f"bundle_samples: skipping {name}: {e}", file=sys.stderr)
            continue
        title = doc.get("name", name) if isinstance(doc, dict) else name
        language = doc.get("language", "") if isinstance(doc, dict) else ""
        bundled.append({"file": name, "name": title, "language": language, "json": text})
    with open(os.path.join(out_dir, "bundle.json"), "w", encoding="utf-8") as f:
        json.dump(bundled, f, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main()
