"""The command line: its spec, the Typer app, the fast parser, the command bodies. Imports everything else."""
