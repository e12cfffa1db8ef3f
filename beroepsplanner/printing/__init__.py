"""Printed documents as PDF (ReportLab platypus). Takes plain data, never imports Qt."""
