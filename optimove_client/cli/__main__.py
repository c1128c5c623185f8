from optimove_client.cli.main import run

run()
