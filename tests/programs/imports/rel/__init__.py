TOP = "rel top"
from . import helpers
from .helpers import shout
