"""dischargeplanner: discharge planning for Norwegian inpatient addiction treatment."""

__version__ = "0.1.0"
