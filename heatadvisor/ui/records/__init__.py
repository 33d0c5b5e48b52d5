"""The window's records feature: 新建 / 保存 / 打开, the history, follow-up, exports, autosave.

Built when the packs have loaded (it needs the core to validate a case); the store itself is
``heatadvisor.records``, shared with the CLI.
"""
