"""Opening hours as the tasks write them, one pattern for every reader: a stretch of hours ('kl. 16-18',
'10-16', '8.30-15'), and the days it holds for before it ('hverdage kl. 9-15', 'man-fre 8-16')."""

from __future__ import annotations

# a stretch of hours ('kl. 16-18', '10-16', '8.30-15')
HOURS_SPAN = r"(?:kl\.?\s*)?\d{1,2}(?:[.:]\d\d)?\s*[-–]\s*\d{1,2}(?:[.:]\d\d)?"
# a day by its name, full or short ('mandag', 'man', 'fre.')
_DAY = r"(?:man|tirs|ons|tors|fre|lør|søn)(?:dag\w*)?\b\.?"
# the days hours hold for ('hverdage', 'dagligt', 'man-fre', 'mandag til fredag', 'døgnet rundt')
_DAYS = (rf"(?:hverdage|dagligt|alle\s+dage|døgnet(?:\s+rundt)?|weekdays?|daily|"
         rf"{_DAY}(?:\s*(?:[-–]|til|to)\s*{_DAY})?)")
# one opening time: days with or without hours, or hours alone
_OPENING = rf"(?:{_DAYS}(?:\s*,?\s*{HOURS_SPAN})?|{HOURS_SPAN})"
# a value that says nothing but when something is open ('hverdage kl. 9-15', 'man-fre 8-16, lør 10-12.'),
# to the end of its line: more after it ('... på tlf. 7012 3456 hos X') says more than the hours
ONLY_HOURS = rf"\s*{_OPENING}(?:\s*(?:,|;|og|and|samt)\s*{_OPENING})*\s*\.?[ \t]*(?:\n|$)"
