"""``python -m glossary``: the same command line as ``glossary``."""

from .cli import app

if __name__ == "__main__":
    app(prog_name="glossary")
