"""The two shipped exports as text, for tests that parse them or a damaged copy of them."""

from importlib import resources

from knowledge.parse import parse_text

SEEDS = resources.files("knowledge").joinpath("seeds")
MD_SEED = SEEDS.joinpath("ky-433-sa06-finans.md.txt").read_text(encoding="utf-8")
TSV_SEED = SEEDS.joinpath("kp-efaktura-8b.tsv.txt").read_text(encoding="utf-8")


def parse_one(text: str):
    """The one task an export text holds."""
    (task,) = parse_text(text, source="x")
    return task
