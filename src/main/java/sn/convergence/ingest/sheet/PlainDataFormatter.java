package sn.convergence.ingest.sheet;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Formats numeric cells so that later parsing is unambiguous whatever the workbook's display
 * format: dates as ISO dates, other numbers in plain notation with a decimal point and no grouping.
 * A fraction of exactly three digits gets a trailing zero ("1234.5670"), so the number parser never
 * mistakes its point for a French thousands separator.
 */
final class PlainDataFormatter extends DataFormatter {

  @Override
  public String formatRawCellContents(double value, int formatIndex, String formatString) {
    return formatRawCellContents(value, formatIndex, formatString, false);
  }

  @Override
  public String formatRawCellContents(
      double value, int formatIndex, String formatString, boolean use1904Windowing) {
    if (formatString != null
        && DateUtil.isADateFormat(formatIndex, formatString)
        && DateUtil.isValidExcelDate(value)) {
      return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
    }
    return plain(value);
  }

  static String plain(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return String.valueOf(value);
    }
    BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
    String text =
        decimal.scale() < 0 ? decimal.setScale(0).toPlainString() : decimal.toPlainString();
    int point = text.indexOf('.');
    return point >= 0 && text.length() - point - 1 == 3 ? text + "0" : text;
  }
}
