"""``python -m cli``: the same as the ``incident-map`` command."""

from cli import main

main()
