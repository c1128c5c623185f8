"""The output formats by name, and how an output file's suffix chooses one (no encoder is imported here).

SUFFIXES is the one table of the suffixes the CLI knows. A suffix is the end of the file name from its
last dot, when what follows the dot starts with a letter (`.csv`, `.tsv`; not `.2024-06-30`); a suffix
listed as several (`.csv.gz`) is matched before its last part. A `.gz` suffix of a text format means gzip.
"""

from __future__ import annotations

import re

from optimove_client.cli.problems import CliError

PARQUET = "parquet"
FORMATS = ("json", "jsonl", "csv", PARQUET)
XML = "xml"  # --xml: Optimove's XML answer, written as it came
GZIP = "gzip"
COMPRESSIONS = (GZIP,)
_TEXT_SUFFIXES = {".json": "json", ".jsonl": "jsonl", ".csv": "csv"}
SUFFIXES = {
    **_TEXT_SUFFIXES,
    **{suffix + ".gz": fmt for suffix, fmt in _TEXT_SUFFIXES.items()},
    ".parquet": PARQUET,
    ".xml": XML,
}

_SUFFIX = re.compile(r"\.[A-Za-z][A-Za-z0-9]*$")
KNOWN = " ".join(suffix for suffix, fmt in SUFFIXES.items() if fmt != XML)
_PLAIN_FORMATS = " ".join(fmt for fmt in FORMATS if fmt != PARQUET)


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


def compression_for(requested: str | None, output: str | None, fmt: str) -> str | None:
    """--compress, else gzip for a .gz suffix; refused where the name or the format says otherwise."""
    gzipped = suffix_of(output).endswith(".gz")
    if fmt in (PARQUET, XML):
        if requested:
            what = (
                "Parquet compresses its own pages (zstd)" if fmt == PARQUET else "--xml writes XML as it came"
            )
            raise CliError(f"--compress {requested}: {what}")
        return None
    if requested and output and not gzipped:
        suffix = suffix_of(output) or ""
        raise CliError(f"--compress {requested} writes gzip: give the --output file a {suffix}.gz suffix")
    return GZIP if requested or gzipped else None


def check_parquet(fmt: str, *, paging: bool) -> None:
    """Parquet's columns come from a paging function's rows: only an --all-pages export has them."""
    if fmt == PARQUET and not paging:
        raise CliError(f"--format parquet is for --all-pages exports; a single call writes {_PLAIN_FORMATS}")
