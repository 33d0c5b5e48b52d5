"""The window's style sheet: states (invalid, edited, waiting) shown by colour and border.
Sizes stay out of it so the large-text mode (the application font) scales everything."""

STYLE = """
QLabel#hint { color: #555555; }
QLabel#error { color: #b00020; font-weight: bold; }
QLabel#warning { color: #a04000; }
QLabel#summary { font-weight: bold; }
QLabel#headline { font-weight: bold; color: #8a1c1c; }
*[invalid="true"] { border: 2px solid #b00020; }
QLineEdit[edited="true"] { background: #fff4d6; }
QLabel#banner { padding: 6px; border-radius: 3px; }
QLabel#banner[state="waiting"] { background: #fdecea; color: #8a1c1c; font-weight: bold; }
QLabel#banner[state="failed"] { background: #8a1c1c; color: white; }
QLabel#banner[state="loading"] { background: #eef3f8; color: #24496b; }
QFrame[status="eligible"] { border: 1px solid #229954; }
QFrame[status="needs_info"] { border: 1px solid #d68910; }
"""
