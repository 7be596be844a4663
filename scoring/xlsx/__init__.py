"""Excel in and out: the fill-in workbook, actuals read from it, the 自评表 form, target tables from .xlsx/.xls."""
