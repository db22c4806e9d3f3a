"""Writes questions.jsonl of a yes/no question set (yesno24 ... yesno27) from the set's questions.py."""
# Run as: python tests/questions/make_yesno_questions.py tests/questions/yesno24
import importlib.util
import json
import sys
from pathlib import Path


def q(text, found=True, all_=(), any_=(), none=(), src=(), kind="yes-no"):
    return {"q": text, "found": found, "all": list(all_), "any": list(any_), "none": list(none),
            "src": list(src), "kind": kind}


def makers(english="yes-no"):
    """The question makers a set's questions.py uses: yes, no, yes_en, no_en, unknown, effect (the English
    yes/no questions of a set are of kind `english`: 'yes-no' in yesno24-25, 'english' later)."""

    def yes(text, src, any_=()):
        return q(text, all_=["ja"], any_=any_, none=["nej"], src=[src])

    def no(text, src, any_=()):
        return q(text, all_=["nej"], any_=any_, none=["ja"], src=[src])

    def yes_en(text, src):
        return q(text, any_=["ja", "yes"], none=["nej", "no"], src=[src], kind=english)

    def no_en(text, src, all_=()):
        return q(text, all_=all_, any_=["nej", "no"], none=["ja", "yes"], src=[src], kind=english)

    def effect(text, src, all_=(), any_=()):
        return q(text, all_=all_, any_=any_, src=[src], kind="consequence")

    def unknown(text, kind="yes-no"):
        return q(text, found=False, kind=kind)

    return yes, no, yes_en, no_en, unknown, effect


def main(set_dir: Path) -> None:
    spec = importlib.util.spec_from_file_location(f"{set_dir.name}_questions", set_dir / "questions.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    questions = module.QUESTIONS
    out = set_dir / "questions.jsonl"
    out.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in questions), encoding="utf-8")
    print(len(questions), "questions,", sum(not x["found"] for x in questions), "not answerable")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))  # a set's questions.py imports makers from here
    main(Path(sys.argv[1]))
