"""Plans turned into documents (handover, patient copy). No Qt."""
