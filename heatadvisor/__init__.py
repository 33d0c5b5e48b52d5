"""HeatAdvisor (供暖参谋): heating advice for rural households in northern China."""

__version__ = "0.1.0"
