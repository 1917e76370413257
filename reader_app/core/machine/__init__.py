"""This machine: where things live, IT's policy, logging, what every entry point does first."""
