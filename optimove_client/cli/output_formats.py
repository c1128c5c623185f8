"""The output formats by name, and how an output file's suffix chooses one (no encoder is imported here).

SUFFIXES is the one table of the suffixes the CLI knows. A suffix is the end of the file name from its
last dot, when what follows the dot starts with a letter (`.csv`, `.tsv`; not `.2024-06-30`); a suffix
listed as several (`.csv.gz`) is matched before its last part.
"""

from __future__ import annotations

import re

from optimove_client.cli.problems import CliError

FORMATS = ("json", "jsonl", "csv")
XML = "xml"  # --xml: Optimove's XML answer, written as it came
SUFFIXES = {".json": "json", ".jsonl": "jsonl", ".csv": "csv", ".xml": XML}

_SUFFIX = re.compile(r"\.[A-Za-z][A-Za-z0-9]*$")
KNOWN = " ".join(suffix for suffix, fmt in SUFFIXES.items() if fmt != XML)


def suffix_of(output: str | None) -> str:
    """The suffix of an --output name, lower-cased: a known one, else its last one; "" when it has none."""
    name = (output or "").replace("\\", "/").rsplit("/", 1)[-1].lower()
    known = [suffix for suffix in SUFFIXES if name.endswith(suffix) and len(name) > len(suffix)]
    if known:
        return max(known, key=len)
    found = _SUFFIX.search(name)
    return found.group(0) if found and found.start() > 0 else ""


def format_for(requested: str | None, output: str | None, *, paging: bool, xml: bool = False) -> str:
    """--format, else the --output suffix, else jsonl for exports and json for calls; "xml" for --xml.

    A format that contradicts the suffix, and a suffix the CLI does not know without --format, are
    refused: the file would not hold what its name says.
    """
    suffix = suffix_of(output)
    implied = SUFFIXES.get(suffix)
    if xml:
        if requested:
            raise CliError(f"--xml writes Optimove's XML: drop --format {requested}")
        if suffix and implied != XML:
            raise CliError(f"--xml writes Optimove's XML, not {suffix}: name the --output file .xml")
        return XML
    if implied == XML:
        raise CliError(f"--output suffix {suffix} is for --xml (Optimove's XML); the formats are {KNOWN}")
    if requested:
        if implied is not None and implied != requested:
            raise CliError(f"--format {requested} contradicts the --output suffix {suffix} ({implied})")
        return requested
    if suffix and implied is None:
        raise CliError(f"--output suffix {suffix} is not one of {KNOWN}: give --format to write it anyway")
    return implied or ("jsonl" if paging else "json")
