#!/usr/bin/env python3
"""Copies the bundled sample blueprints into the site and writes samples/index.json, the list the page reads.

  bundle_samples.py <site/samples> <sample.blueprint.json …>

A sample that is not valid JSON is reported and left out; with no samples the list is empty.
"""
import json
import os
import shutil
import sys


def main():
    out_dir, samples = sys.argv[1], sys.argv[2:]
    os.makedirs(out_dir, exist_ok=True)
    listed = []
    for path in sorted(samples):
        name = os.path.basename(path)
        try:
            with open(path, encoding="utf-8") as f:
                doc = json.load(f)
        except (OSError, ValueError) as e:
            print(f"bundle_samples: skipping {name}: {e}", file=sys.stderr)
            continue
        shutil.copyfile(path, os.path.join(out_dir, name))
        listed.append({"file": name, "name": doc.get("name", name) if isinstance(doc, dict) else name})
    with open(os.path.join(out_dir, "index.json"), "w", encoding="utf-8") as f:
        json.dump(listed, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
