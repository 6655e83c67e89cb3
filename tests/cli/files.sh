#!/bin/sh
# Files and standard input of the `blueprint` CLI: failed writes leave files whole, standard input has the
# file size cap, a failing standard output is reported.   files.sh CASE BLUEPRINT SAMPLE WORKDIR
set -u
case_=$1 bp=$2 sample=$3 work=$4/files-$1
rm -rf "$work" && mkdir -p "$work" && cd "$work" || exit 2
fail() { echo "FAIL: $*"; echo "--- stdout"; cat out 2>/dev/null; echo "--- stderr"; cat err 2>/dev/null; exit 1; }

case $case_ in
  convert-in-place-on-a-full-disk)
    # A 4 KiB file-size limit makes the write fail as a full disk would; the input must survive whole.
    cp "$sample" doc.blueprint.json
    ( trap '' XFSZ; ulimit -f 8; exec "$bp" convert doc.blueprint.json -o doc.blueprint.json --lang en ) >out 2>err
    rc=$?
    [ $rc = 1 ] || fail "exit $rc, expected 1"
    grep -q "doc.blueprint.json: cannot be written (" err || fail "no message saying the file cannot be written"
    cmp -s "$sample" doc.blueprint.json || fail "the input was changed"
    [ "$(ls -A | grep -cv '^out$\|^err$')" = 1 ] || fail "files left beside it: $(ls -A)"
    # Without the limit the same command replaces the file with the converted blueprint.
    "$bp" convert doc.blueprint.json -o doc.blueprint.json --lang en >out 2>err || fail "convert in place failed"
    "$bp" validate doc.blueprint.json --lang en >out 2>err || fail "the converted file does not validate"
    ;;
  export-over-a-file-on-a-full-disk)
    printf 'previous handbook\n' > handbook.md
    ( trap '' XFSZ; ulimit -f 1; exec "$bp" export "$sample" --to md -o handbook.md --lang en ) >out 2>err
    rc=$?
    [ $rc = 1 ] || fail "exit $rc, expected 1"
    [ "$(cat handbook.md)" = "previous handbook" ] || fail "the previous export was destroyed"
    ;;
  write-to-a-full-device)
    "$bp" export "$sample" --to csv -o /dev/full --lang en >out 2>err
    rc=$?
    [ $rc = 1 ] || fail "exit $rc, expected 1"
    grep -q "No space left on device" err || fail "no reason given"
    "$bp" export "$sample" --to md --lang en >/dev/full 2>err
    rc=$?
    [ $rc = 1 ] || fail "a full standard output gave exit $rc, expected 1"
    grep -q "standard output cannot be written" err || fail "no message for the full standard output"
    ;;
  standard-input-over-the-cap)
    # One byte over the cap: refused with the files' message, without reading on.
    head -c 134217729 /dev/zero | "$bp" validate - --lang en >out 2>err
    rc=$?
    [ $rc = 1 ] || fail "exit $rc, expected 1"
    grep -q "standard input is larger than the 128 MB limit" err || fail "no size message"
    # An endless input is refused too, at the cap.
    "$bp" validate - --lang en </dev/zero >out 2>err
    [ $? = 1 ] && grep -q "larger than the 128 MB limit" err || fail "endless standard input not refused"
    # A document within the cap still reads from standard input.
    "$bp" validate - --lang en <"$sample" >out 2>err || fail "a sample on standard input does not validate"
    ;;
  *) echo "unknown case $case_"; exit 2 ;;
esac
echo "ok: $case_"
