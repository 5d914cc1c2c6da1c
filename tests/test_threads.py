"""Every public function gives, from several threads at once, what it gives from one.

The races of a process show on its first concurrent calls, while the caches (compiled schemas,
binding plans) are still empty: each case runs in fresh Python subprocesses. There, 8 threads
released together by a barrier call the function on every document (each thread starting at a
different one) and compare each result with the one this process computed single-threaded
beforehand. A subprocess also checks that the process-wide ``warnings`` state (filters and
``showwarning``) is as it found it: ``warnings.catch_warnings`` is not thread-safe, and an
unlucky interleaving of two of them leaves a recorder installed for good, swallowing every later
warning of the process.
"""

from __future__ import annotations

import faulthandler
import importlib
import io
import json
import os
import subprocess
import sys
import threading
import traceback
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import lheo
from lheo import onisep
from lheo.migration import migrate_stream

ROOT = Path(__file__).resolve().parent.parent
TESTS = Path(__file__).resolve().parent
DATA = ROOT / "examples" / "data"
FIXTURES = TESTS / "fixtures"

THREADS = 8
#: Fresh subprocesses per case.
RUNS = 5
#: Seconds after which a child is taken as hung (a run takes well under one second).
HANG = 60


# --------------------------------------------------------------------------- documents


def _documents() -> dict[str, bytes]:
    """Valid documents of every version and kind, and invalid ones (reports with errors)."""
    paths = [DATA / n for n in ("catalogue-2.3.xml", "index-2.3.xml", "index-1.3.0.xml")]
    paths += [DATA / "offre-1.3.0.xml", DATA / "onisep-2.2-real.xml"]
    paths += sorted((FIXTURES / "onisep").glob("*.xml"))
    docs = {p.name: p.read_bytes() for p in paths}
    flow23 = docs["flux-onisep-2.3-expected.xml"]
    # Too long a title (a facet error), and an element out of place (a content-model error).
    docs["long-title-2.3.xml"] = flow23.replace(
        b"<intitule-formation>", b"<intitule-formation>" + b"x" * 300, 1
    )
    docs["misplaced-2.3.xml"] = flow23.replace(
        b"<objectif-formation>",
        b"<domaine-formation><code-FORMACODE>1</code-FORMACODE>"
        b"</domaine-formation><objectif-formation>",
        1,
    )
    docs["long-title-2.2.xml"] = docs["flux-onisep-2.2.xml"].replace(
        b"<intitule-formation>", b"<intitule-formation>" + b"y" * 300, 1
    )
    return docs


def _of_version(docs: dict[str, bytes], version: str) -> dict[str, bytes]:
    found = {}
    for name, data in docs.items():
        try:
            if lheo.detect(data)[0] == version:
                found[name] = data
        except lheo.LheoError:
            pass
    return found


# --------------------------------------------------------------------------- cases
#
# A case prepares its inputs (in the main thread: only what is not under test, such as the
# documents that ``write`` is given) and computes a JSON-ready fingerprint of one call.


def _text(data: bytes | None) -> str:
    assert data is not None
    return data.decode("utf-8")


def _read_fingerprint(doc: lheo.Document) -> list[Any]:
    return [doc.version, doc.kind, _text(lheo.write(doc)), [str(i) for i in doc.issues]]


def _outcome(call: Callable[[], Any]) -> Any:
    try:
        return call()
    except lheo.LheoError as exc:
        return f"{type(exc).__name__}: {exc}"


def _read_docs(data: list[bytes]) -> list[lheo.Document]:
    return [lheo.read(d, strict=False) for d in data]


def _stream_items(data: bytes, strict: bool) -> list[str]:
    with lheo.iter_formations(data, strict=strict) as stream:
        items = [repr(item) for item in stream]
    return [*items, *(str(i) for i in stream.issues)]


def _migrate_fingerprint(data: bytes) -> list[Any]:
    result = lheo.migrate(data, check=False)
    report = result.report.to_json()
    return [_text(lheo.write(result.document)), report, str(result.validation)]


def _migrate_stream_fingerprint(data: bytes) -> list[Any]:
    out, report = io.BytesIO(), io.StringIO()
    result = migrate_stream(data, out, report_target=report, check=False)
    return [out.getvalue().decode("utf-8"), report.getvalue(), str(result.validation)]


def _stream_writer_fingerprint(doc: lheo.Document) -> str:
    out = io.BytesIO()
    root = doc.root
    with lheo.StreamWriter(out, version=doc.version, xsi=doc.xsi) as writer:
        for formation in root.offres.formation:
            writer.write(formation)
    return out.getvalue().decode("utf-8")


def _onisep_fingerprint(doc: lheo.Document) -> list[Any]:
    found: list[Any] = []
    for formation in doc.root.offres.formation:
        view = onisep.formation_onisep(formation)
        found.append(None if view is None else repr(view.to_dict()))
        for action in formation.action:
            aview = onisep.action_onisep(action)
            found.append(None if aview is None else repr(aview.to_dict()))
    return found


class Case:
    """One public function under test: inputs, the call, and whether it is known to fail."""

    def __init__(
        self,
        select: Callable[[dict[str, bytes]], dict[str, bytes]],
        call: Callable[[Any], Any],
        prepare: Callable[[list[bytes]], list[Any]] = list,
    ) -> None:
        self.select = select
        self.call = call
        self.prepare = prepare

    def inputs(self) -> tuple[list[str], list[bytes]]:
        docs = self.select(_documents())
        return list(docs), list(docs.values())


def _all(docs: dict[str, bytes]) -> dict[str, bytes]:
    return docs


def _lheo_kind(docs: dict[str, bytes]) -> dict[str, bytes]:
    return {n: d for n, d in docs.items() if b"<offres" in d}


def _v22(docs: dict[str, bytes]) -> dict[str, bytes]:
    return _of_version(docs, "2.2")


def _v23_lheo(docs: dict[str, bytes]) -> dict[str, bytes]:
    return _lheo_kind(_of_version(docs, "2.3"))


def _v2x_lheo(docs: dict[str, bytes]) -> dict[str, bytes]:
    return {**_lheo_kind(_v22(docs)), **_v23_lheo(docs)}


CASES: dict[str, Case] = {
    "detect": Case(_all, lambda d: _outcome(lambda: list(lheo.detect(d)))),
    "validate": Case(_all, lambda d: lheo.validate(d).to_dict()),
    "validate_stream": Case(_all, lambda d: lheo.validate_stream(d).to_dict()),
    "read_strict": Case(_all, lambda d: _outcome(lambda: _read_fingerprint(lheo.read(d)))),
    "read_lenient": Case(_all, lambda d: _read_fingerprint(lheo.read(d, strict=False))),
    "write": Case(_all, _read_fingerprint, prepare=_read_docs),
    "iter_formations_strict": Case(_all, lambda d: _outcome(lambda: _stream_items(d, True))),
    "iter_formations_lenient": Case(_all, lambda d: _outcome(lambda: _stream_items(d, False))),
    "stream_writer": Case(_v23_lheo, _stream_writer_fingerprint, prepare=_read_docs),
    "migrate": Case(_v22, _migrate_fingerprint),
    "migrate_stream": Case(_v22, _migrate_stream_fingerprint),
    "onisep_views": Case(_v2x_lheo, _onisep_fingerprint, prepare=_read_docs),
}


# --------------------------------------------------------------------------- the processes


def _warnings_state() -> tuple[list[Any], Any]:
    return list(warnings.filters), warnings.showwarning


def run_case(spec: dict[str, Any]) -> dict[str, Any]:
    """Run one case in 8 threads at once; return the calls made and the mismatches."""
    case = CASES[spec["case"]]
    names, data = case.inputs()
    assert names == spec["names"], "the documents differ from the parent's"
    before = _warnings_state()
    prepared = case.prepare(data)
    barrier = threading.Barrier(THREADS)
    found: list[list[tuple[int, Any]]] = [[] for _ in range(THREADS)]

    def worker(k: int) -> None:
        barrier.wait()
        for j in range(len(prepared)):
            i = (k + j) % len(prepared)
            try:
                result = case.call(prepared[i])
            except Exception as exc:  # reported, never lost in a thread
                result = f"unexpected {type(exc).__name__}: {exc}"
            found[k].append((i, json.loads(json.dumps(result))))

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    mismatches = [
        {"thread": k, "document": names[i], "got": str(result)[:300]}
        for k in range(THREADS)
        for i, result in found[k]
        if result != spec["expected"][i]
    ]
    return {
        "calls": sum(len(f) for f in found),
        "mismatches": mismatches,
        "warnings_state_kept": _warnings_state() == before,
    }


def zygote(folder: str) -> None:
    """Run every case of ``folder`` in fresh processes forked from this one, two at a time.

    This process only imports modules (lheo and the generated bindings, the slow part of a
    start): it calls nothing of lheo, so every child starts with lheo's caches empty.
    """
    for version in lheo.Version:
        importlib.import_module(f"lheo_bindings.{version.module_name}")
    jobs = [(spec, run) for spec in sorted(Path(folder).glob("*.spec.json")) for run in range(RUNS)]
    running = 0
    for spec, run in jobs:
        if running == 2:
            os.wait()
            running -= 1
        if os.fork() == 0:  # pragma: no cover - the child
            status = 1
            # A deadlock shows as every thread's stack, not as a hung test.
            faulthandler.dump_traceback_later(HANG, exit=True)
            try:
                result = run_case(json.loads(spec.read_text(encoding="utf-8")))
                Path(f"{spec}.{run}.result").write_text(json.dumps(result), encoding="utf-8")
                status = 0
            except BaseException:
                traceback.print_exc()
            finally:
                os._exit(status)
        running += 1
    while running:
        os.wait()
        running -= 1


# --------------------------------------------------------------------------- the tests


def _expected(case: Case) -> tuple[list[str], list[Any]]:
    names, data = case.inputs()
    prepared = case.prepare(data)
    return names, [json.loads(json.dumps(case.call(p))) for p in prepared]


@pytest.fixture(scope="module")
def thread_results(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict[str, Any]]]:
    """Every case run in :data:`RUNS` fresh processes: their results, by case."""
    folder = tmp_path_factory.mktemp("threads")
    for name, case in CASES.items():
        names, expected = _expected(case)
        spec = {"case": name, "names": names, "expected": expected}
        (folder / f"{name}.spec.json").write_text(json.dumps(spec), encoding="utf-8")
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        [str(ROOT), str(ROOT / "generated"), *filter(None, [env.get("PYTHONPATH")])]
    )
    code = "import sys; sys.path.insert(0, sys.argv[1]); import test_threads as t; t.zygote(sys.argv[2])"
    done = subprocess.run(
        [sys.executable, "-c", code, str(TESTS), str(folder)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    results: dict[str, list[dict[str, Any]]] = {}
    for name in CASES:
        runs = sorted(folder.glob(f"{name}.spec.json.*.result"))
        assert len(runs) == RUNS, f"{name}: a child failed\n{done.stderr[-3000:]}"
        results[name] = [json.loads(r.read_text(encoding="utf-8")) for r in runs]
    return results


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fresh processes are forked (POSIX only)")
@pytest.mark.parametrize("name", list(CASES))
def test_same_results_from_threads_in_fresh_processes(
    name: str, thread_results: dict[str, list[dict[str, Any]]]
) -> None:
    names = CASES[name].inputs()[0]
    assert len(names) >= 3
    for result in thread_results[name]:
        assert result["calls"] == THREADS * len(names)
        assert result["mismatches"] == [], result["mismatches"][:3]
        assert result["warnings_state_kept"], "the process-wide warnings state was changed"


def test_documents_cover_errors_and_versions() -> None:
    """The inputs exercise reports with errors and every version (else the test proves little)."""
    docs = _documents()
    assert {lheo.detect(d)[0] for d in docs.values()} == {"1.3.0", "2.2", "2.3"}
    invalid = [n for n, d in docs.items() if not lheo.validate(d).ok]
    assert {"long-title-2.3.xml", "misplaced-2.3.xml", "long-title-2.2.xml"} <= set(invalid)


def test_xsi_type_lookup_while_modules_load() -> None:
    """xsdata's ``find_type`` index, rebuilt when modules are imported, never looks empty.

    xsdata empties it then refills it in place; threads looking a name up meanwhile (the
    builder does, for the children of wildcards) found nothing: 324,860 misses out of 6.5
    million lookups in one run of this test before the fix.
    """
    import types

    from lheo import _context

    ctx = _context.context()
    qname = f"{{{lheo.Version.V2_3.namespace}}}formation"
    lheo.Version.V2_3.bindings()
    assert ctx.find_type(qname) is lheo.Version.V2_3.element_class("formation")
    stop = threading.Event()
    misses: list[int] = []

    def look() -> None:
        count = 0
        while not stop.is_set():
            count += ctx.find_type(qname) is None
        misses.append(count)

    added = [f"_lheo_test_threads_{i}" for i in range(30)]
    lookers = [threading.Thread(target=look) for _ in range(6)]
    for thread in lookers:
        thread.start()
    try:
        for name in added:
            sys.modules[name] = types.ModuleType(name)
            ctx.build_xsi_cache()
    finally:
        stop.set()
        for thread in lookers:
            thread.join()
        for name in added:
            del sys.modules[name]
    assert misses == [0] * 6


def test_concurrent_validations_report_their_own_errors() -> None:
    """Validations at once, in one process, each report their own document's errors.

    With one compiled schema shared by every thread, reports carried other documents' errors
    or lost their own (261 of 480 reports wrong in one run before the fix).
    """
    docs = _documents()
    base = docs["flux-onisep-2.3-expected.xml"]
    inputs = [base] + [
        base.replace(b"<intitule-formation>", b"<intitule-formation>" + b"x" * (300 + i), 1)
        for i in range(7)
    ]
    expected = [lheo.validate(d).to_dict() for d in inputs]
    # Each invalid input has its own error (its length is in the message).
    assert len({json.dumps(e["errors"]) for e in expected}) == len(inputs)
    barrier = threading.Barrier(THREADS)
    wrong: list[int] = []

    def worker(k: int) -> None:
        barrier.wait()
        for j in range(40):
            i = (k + j) % len(inputs)
            if lheo.validate(inputs[i]).to_dict() != expected[i]:
                wrong.append(i)

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert wrong == []


def test_xsi_type_index_skips_classes_of_removed_modules() -> None:
    """A binding class whose module left sys.modules does not break the lookup.

    xsdata before 26.10 indexed such a class and then failed on it (KeyError): lheo's context
    skips it, as 26.10 does (checked by CI against the lowest xsdata the project allows).
    """
    import types

    import attrs

    from lheo import _context

    @attrs.define
    class Orphan:
        class Meta:
            name = "orphan"
            namespace = "urn:x-lheo-test"

    Orphan.__module__ = "_lheo_test_removed_module"
    trigger = "_lheo_test_rebuild"
    sys.modules[trigger] = types.ModuleType(trigger)  # forces a rebuild of the index
    try:
        found = _context.context().find_type(f"{{{lheo.Version.V2_3.namespace}}}formation")
        missing = _context.context().find_type("{urn:x-lheo-test}orphan")
    finally:
        del sys.modules[trigger]
    assert found is lheo.Version.V2_3.element_class("formation")
    assert missing is None
