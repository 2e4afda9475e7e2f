"""What two imports must agree on to count as equal: nodes per label, relationships per type, and a digest of
the RDF export (content-hash ids make it independent of the order the writes happened in)."""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from pathlib import Path

from kg import store
from kg.config import Settings
from kg.cypher import parse_cypher_file
from kg.export import export_rdf

BENCH_CYPHER = Path(__file__).parent / "cypher"


@dataclass(frozen=True)
class Fingerprint:
    labels: dict[str, int]
    types: dict[str, int]
    export_sha256: str

    def differences(self, other: "Fingerprint") -> list[str]:
        """Human-readable differences from `other` (empty when equal)."""
        found = [f"{kind} {name}: {mine.get(name, 0)} here, {theirs.get(name, 0)} there"
                 for kind, mine, theirs in (("label", self.labels, other.labels), ("type", self.types, other.types))
                 for name in sorted(set(mine) | set(theirs)) if mine.get(name, 0) != theirs.get(name, 0)]
        if self.export_sha256 != other.export_sha256:
            found.append(f"export digest {self.export_sha256[:12]} here, {other.export_sha256[:12]} there")
        return found


def _counts(graph: store.Graph, name: str) -> dict[str, int]:
    rows = store.run_cypher(graph, parse_cypher_file(BENCH_CYPHER / f"{name}.cypher"))
    return {row["label"]: row["n"] for row in rows}


def fingerprint(settings: Settings) -> Fingerprint:
    """The graph's fingerprint: N-Quads lines of the export are sorted, so only their content counts."""
    with store.connect(settings) as graph:
        out = io.StringIO()
        export_rdf(graph, out, "nquads")
        lines = sorted(out.getvalue().splitlines())
        digest = hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()
        return Fingerprint(_counts(graph, "count_labels"), _counts(graph, "count_types"), digest)
