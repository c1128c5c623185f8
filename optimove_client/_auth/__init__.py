"""How a request carries its credentials: an API key or a fixed token as a header (headers), or a Login
session shared by every process of the account (session; session_state, what it is made of); secrets are
kept out of every repr (secret)."""
