package sn.convergence.ingest.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import sn.convergence.ingest.Quantity;
import sn.convergence.ingest.Quantity.Missing;
import sn.convergence.ingest.normalize.NumberParser.Style;

class NumberParserTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "12487|12487",
        "12 487|12487",
        "12\u202F487|12487",
        "12\u00A0487|12487",
        "12.487|12487",
        "1.234.567|1234567",
        "12,5|12.5",
        "1 234,56|1234.56",
        "1.234,56|1234.56",
        "0,125|0.125",
        "'12487|12487",
        "-12|-12",
        "85%|85"
      })
  void readsFrenchFormattedNumbers(String raw, String expected) {
    Quantity quantity = NumberParser.parse(raw, Style.DECIMAL_COMMA);
    assertThat(quantity.value()).isEqualByComparingTo(expected);
    assertThat(quantity.approximate()).isFalse();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {"0|0", "7|7", "007|7", "12000|12000", "1000000|1000000", "90|90"})
  void readsDigitsAsWholeNumbersWrittenWithoutExponent(String raw, String plain) {
    Quantity quantity = NumberParser.parse(raw, Style.DECIMAL_COMMA);
    assertThat(quantity.value().scale()).isZero();
    assertThat(quantity.value().toString()).isEqualTo(plain);
    assertThat(quantity).isEqualTo(Quantity.of(raw, new BigDecimal(plain), false, null));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {"24.06|24.06", "12,487|12487", "1,234.5|1234.5", "12.5|12.5"})
  void readsPointDecimalsInEnglishFiles(String raw, String expected) {
    assertThat(NumberParser.parse(raw, Style.DECIMAL_POINT).value()).isEqualByComparingTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1,2 milliard|1200000000|",
        "1,2 milliards|1200000000|",
        "3 millions|3000000|",
        "2 350 400 000 FCFA|2350400000|XOF",
        "35 000 F CFA|35000|XOF",
        "35 000 F|35000|XOF",
        "150 000 francs CFA|150000|XOF",
        "1 250 USD|1250|USD",
        "€ 300|300|EUR",
        "1,5 million FCFA|1500000|XOF"
      })
  void readsScaleWordsAndCurrencies(String raw, String expected, String currency) {
    Quantity quantity = NumberParser.parse(raw, Style.DECIMAL_COMMA);
    assertThat(quantity.value()).isEqualByComparingTo(expected);
    assertThat(quantity.currency()).isEqualTo(currency);
  }

  @ParameterizedTest(name = "{0} -> ~{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "~3000|3000",
        "plus de 40 000|40000",
        "environ 12 500|12500",
        "près de 1 000|1000",
        "> 500|500",
        "3000+|3000",
        "moins de 200|200"
      })
  void flagsApproximateValues(String raw, String expected) {
    Quantity quantity = NumberParser.parse(raw, Style.DECIMAL_COMMA);
    assertThat(quantity.value()).isEqualByComparingTo(expected);
    assertThat(quantity.approximate()).isTrue();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "n.d.|NOT_AVAILABLE",
        "N/A|NOT_AVAILABLE",
        "-|NOT_AVAILABLE",
        "#N/A|FORMULA_ERROR",
        "#REF!|FORMULA_ERROR",
        "#DIV/0!|FORMULA_ERROR",
        "#VALUE!|FORMULA_ERROR",
        "voir rapport|FREE_TEXT",
        "en cours|FREE_TEXT",
        "à confirmer|FREE_TEXT",
        "3-4|INVALID",
        "12..5..|INVALID"
      })
  void reportsWhyAValueIsMissing(String raw, Missing why) {
    Quantity quantity = NumberParser.parse(raw, Style.DECIMAL_COMMA);
    assertThat(quantity.isPresent()).isFalse();
    assertThat(quantity.missing()).isEqualTo(why);
    assertThat(quantity.raw()).isEqualTo(raw);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {"4.34E+10", "4,34E+10", "4.34e10"})
  void readsScientificNotation(String raw) {
    assertThat(NumberParser.parse(raw, Style.DECIMAL_COMMA).value())
        .isEqualByComparingTo(new BigDecimal("43400000000"));
  }

  @ParameterizedTest(name = "''{0}''")
  @CsvSource(
      value = {"''", "'   '"},
      emptyValue = "")
  void treatsBlankAsBlank(String raw) {
    assertThat(NumberParser.parse(raw, Style.DECIMAL_COMMA).missing()).isEqualTo(Missing.BLANK);
  }
}
