#!/usr/bin/env python3
"""Writes wgec.dict, the libFuzzer dictionary of the dossier format (see README.md).

Member names and enum values come from schema/wgec-dossier.schema.json, so the dictionary follows the
format; the rest are the tokens the reader must survive: \\u escapes, lone and reversed surrogate
escapes, invalid UTF-8, a byte-order mark, NUL, JSON punctuation and edge-case numbers.
Run from anywhere: python3 tests/Wgec.Core.Fuzz/make-dictionary.py
"""
import json
import pathlib

here = pathlib.Path(__file__).resolve().parent
schema = json.loads((here / "../../schema/wgec-dossier.schema.json").read_text(encoding="utf-8"))

members, values = set(), set()


def walk(node):
    if isinstance(node, dict):
        props = node.get("properties")
        if isinstance(props, dict):
            members.update(props)
        for enum in (node.get("enum"), node.get("items", {}).get("enum") if isinstance(node.get("items"), dict) else None):
            if isinstance(enum, list):
                values.update(v for v in enum if isinstance(v, str))
        for child in node.values():
            walk(child)
    elif isinstance(node, list):
        for child in node:
            walk(child)


walk(schema)
# The schema leaves date ranges open ("sessionDates": true); their members are part of the format all the same.
members.update(["start", "end"])


def quote(raw: bytes) -> str:
    """A libFuzzer dictionary value: printable ASCII as is, '"' and '\\' escaped, other bytes as \\xNN."""
    out = []
    for b in raw:
        if b in (0x22, 0x5C):
            out.append("\\" + chr(b))
        elif 0x20 <= b < 0x7F:
            out.append(chr(b))
        else:
            out.append("\\x%02X" % b)
    return '"' + "".join(out) + '"'


lines = ["# libFuzzer dictionary for Wgec.Core.Fuzz, written by make-dictionary.py: do not edit by hand.", ""]


def section(title, entries):
    lines.append("# " + title)
    for name, raw in entries:
        lines.append("%s=%s" % (name, quote(raw)))
    lines.append("")


section("JSON structure and literals", [
    ("obj_open", b"{"), ("obj_close", b"}"), ("arr_open", b"["), ("arr_close", b"]"), ("colon", b":"),
    ("comma", b","), ("empty_object", b"{}"), ("empty_array", b"[]"), ("lit_null", b"null"),
    ("lit_true", b"true"), ("lit_false", b"false"), ("num_zero", b"0"), ("num_neg_zero", b"-0"),
    ("num_frac", b"0.5"), ("num_big", b"1e400"), ("num_neg_big", b"-1e400"), ("num_long", b"3000000000"),
    ("num_nan", b"NaN"), ("num_inf", b"Infinity"), ("comment", b"/**/"),
])
section("Escapes, surrogates and control characters", [
    ("esc_nul", b"\\u0000"), ("esc_quote", b"\\u0022"), ("esc_backslash", b"\\u005c"), ("esc_e_acute", b"\\u00e9"),
    ("esc_bom", b"\\ufeff"), ("esc_nonchar", b"\\uffff"), ("esc_high", b"\\ud800"), ("esc_high_last", b"\\udbff"),
    ("esc_low", b"\\udc00"), ("esc_low_last", b"\\udfff"), ("esc_pair", b"\\ud83d\\ude00"),
    ("esc_reversed_pair", b"\\udc00\\ud800"), ("esc_high_then_text", b"\\ud800a"), ("esc_short", b"\\u12"),
    ("esc_n", b"\\n"), ("esc_slash", b"\\/"), ("raw_nul", b"\x00"), ("raw_control", b"\x01"),
    ("date_then_nul", b"\\u0000 any text"),
])
section("UTF-8: invalid sequences, and valid ones next to them", [
    ("utf8_ff", b"\xff"), ("utf8_fe", b"\xfe"), ("utf8_lone_continuation", b"\x80"),
    ("utf8_overlong_slash", b"\xc0\xaf"), ("utf8_overlong_nul", b"\xc0\x80"), ("utf8_truncated_3", b"\xe2\x82"),
    ("utf8_truncated_4", b"\xf0\x9f\x98"), ("utf8_cesu_high", b"\xed\xa0\x80"), ("utf8_cesu_low", b"\xed\xb0\x80"),
    ("utf8_above_max", b"\xf4\x90\x80\x80"), ("utf8_f8", b"\xf8\x88\x80\x80\x80"), ("utf8_bom", b"\xef\xbb\xbf"),
    ("utf8_e_acute", b"\xc3\xa9"), ("utf8_euro", b"\xe2\x82\xac"), ("utf8_emoji", b"\xf0\x9f\x98\x80"),
])
section("Values of the format", [
    ("v_format", b"\"wgec-dossier\""), ("v_version_10", b"\"1.0\""), ("v_version_11", b"\"1.1\""),
    ("v_version_13", b"\"1.3\""), ("v_version_20", b"\"2.0\""), ("v_date", b"\"2014-05-12\""),
    ("v_date_invalid", b"\"2013-02-30\""), ("v_instant", b"\"2013-08-15T12:00:00Z\""),
    ("v_local_date_time", b"\"2013-08-15T12:00:00\""), ("v_zone", b"\"Europe/Zurich\""),
    ("v_date_range", b"{\"start\":\"2014-05-12\",\"end\":\"2014-05-16\"}"),
    ("v_rule", b"\"any-of(un-consensus,qualified-majority(share=0.75))\""),
    ("v_type_injection", b"\"$type\""), ("v_ref", b"\"$ref\""),
])
section("Enum values of the format (from the schema)", [("e_" + v.replace("-", "_").replace("/", "_").replace(" ", "_"), json.dumps(v).encode()) for v in sorted(values)])
section("Member names of the format (from the schema)", [("m_" + m, json.dumps(m).encode()) for m in sorted(members)])

(here / "wgec.dict").write_text("\n".join(lines), encoding="ascii")
print("wrote %s: %d member names, %d enum values" % (here / "wgec.dict", len(members), len(values)))
