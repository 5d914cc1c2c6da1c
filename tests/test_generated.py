"""generated/ is exactly what xsdata produces from lheo/schemas/ (CI also runs --check)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(importlib.util.find_spec("click") is None, reason="xsdata[cli] not installed")
def test_generated_is_up_to_date() -> None:
    """Regenerating into a temporary folder gives no difference."""
    try:
        import xsdata.__main__  # noqa: F401
    except ImportError:
        pytest.skip("xsdata[cli] not installed")
    proc = subprocess.run(
        [sys.executable, str(ROOT / "generated" / "regenerate.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_bindings_never_import_lheo() -> None:
    """Imports go one way: lheo uses lheo_bindings, never the reverse."""
    for path in (ROOT / "generated" / "lheo_bindings").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "import lheo\n" not in text and "from lheo " not in text and "from lheo." not in text


def test_every_version_module_reexports_its_bindings() -> None:
    """lheo.v* expose the generated classes, with VERSION and NAMESPACE."""
    import lheo
    from lheo import v1_3_0, v2_2, v2_3

    for module, version in ((v1_3_0, "1.3.0"), (v2_2, "2.2"), (v2_3, "2.3")):
        assert module.VERSION == version
        assert module.NAMESPACE == lheo.Version(version).namespace
        assert module.Lheo.Meta.namespace == module.NAMESPACE
        assert module.Extras.Meta.name == "extras"
    for name in (
        "Formation",
        "Action",
        "Session",
        "OrganismeFormationResponsable",
        "Coordonnees",
        "Adresse",
        "Extra",
        "Offres",
        "LheoIndex",
    ):
        assert getattr(v2_3, name).Meta.namespace == v2_3.NAMESPACE
        assert name in v2_3.__all__
    assert v1_3_0.OffreFormation.Meta.name == "offre-formation"
    assert v1_3_0.LheoLeger.Meta.name == "lheo-leger"
