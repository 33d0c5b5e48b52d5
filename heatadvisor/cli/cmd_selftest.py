"""`heatadvisor-cli self-test`: the installation's self-test, printed (see heatadvisor.selftest).

The same checks as `heatadvisor --self-test`; on Windows the window's exe has no console, so
this is the one that shows its lines."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("self-test", help="check this installation: packs, examples, sheet, window / 自检")
    p.add_argument("--lang", choices=("zh", "en"), default="zh", help="language of the output (default zh)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from heatadvisor.selftest import run as self_test

    return self_test(args.lang)
