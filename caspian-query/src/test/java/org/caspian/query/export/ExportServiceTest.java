package org.caspian.query.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;
import org.caspian.query.CorpusIndex;
import org.caspian.query.events.EventFilter;
import org.caspian.query.events.EventReader;
import org.caspian.store.lucene.LuceneStore;
import org.caspian.store.testing.Corpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ExportServiceTest {
  @TempDir static Path dir;
  static LuceneStore store;
  static ExportService exports;

  @BeforeAll
  static void load() throws IOException {
    store = CorpusIndex.open(dir.resolve("idx"));
    exports = new ExportService(new EventReader(store));
  }

  @AfterAll
  static void close() throws IOException {
    store.close();
  }

  private static String text(ExportFormat f, EventFilter filter, boolean header)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exports.export(f, filter, out, header);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void csv_lists_the_asserted_events_of_the_dyad_in_date_order() throws IOException {
    String csv = text(ExportFormat.CSV, EventFilter.dyad("RUS", "AZE", null, null), true);
    List<String> lines = csv.lines().toList();
    assertThat(lines.get(0)).isEqualTo(EventCsvWriter.HEADER);
    assertThat(lines).hasSize(1 + 6); // six asserted RUS-AZE events in the corpus
    assertThat(lines.get(1)).startsWith("trend-1,1,2025-06-27,true,RUSPOL,RUS,")
        .contains(",173,17,").contains(",-5.000,asserted,");
    assertThat(lines.get(6)).startsWith("apa-1,1,2025-07-15,false,RUSGOV,RUS,");
    assertThat(csv).doesNotContain("planned").doesNotContain("negated");
  }

  @Test
  void date_and_actor_filters_narrow_the_export() throws IOException {
    EventFilter july = new EventFilter(null, null, "ARM", LocalDate.of(2025, 7, 1),
        LocalDate.of(2025, 7, 31), false);
    List<String> lines = text(ExportFormat.CSV, july, true).lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.subList(1, 3)).allMatch(l -> l.startsWith("armenpress-1,"));
    EventFilter all = new EventFilter("RUS", "AZE", null, null, null, true);
    assertThat(text(ExportFormat.CSV, all, true).lines().count()).isEqualTo(1 + 8);
  }

  @Test
  void jsonl_has_one_object_per_event_with_codes_and_outlet() throws IOException {
    String jsonl = text(ExportFormat.JSONL, EventFilter.dyad("RUS", "AZE", null, null), true);
    ObjectMapper m = new ObjectMapper();
    List<JsonNode> rows = new ArrayList<>();
    for (String l : jsonl.lines().toList()) {
      rows.add(m.readTree(l));
    }
    assertThat(rows).hasSize(6);
    JsonNode first = rows.get(0);
    assertThat(first.path("articleId").asText()).isEqualTo("trend-1");
    assertThat(first.path("date").asText()).isEqualTo("2025-06-27");
    assertThat(first.path("cameo").asText()).isEqualTo("173");
    assertThat(first.path("outlet").asText()).isEqualTo("Trend");
    assertThat(first.path("url").asText()).isEqualTo("https://example.org/trend-1");
    assertThat(first.path("sentence").asText()).startsWith("Russian police detained");
  }

  @Test
  void gdelt_has_the_61_columns_in_gdelt_order_then_ours() throws IOException {
    Path labels = Path.of("..", "..", "shared", "reference", "gdelt_schema",
        "GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv");
    if (Files.exists(labels)) {
      assertThat(GdeltWriter.GDELT_COLUMNS).containsExactlyElementsOf(
          firstFields(Files.readString(labels)).subList(1, 62));
    }
    assertThat(GdeltWriter.GDELT_COLUMNS).hasSize(61);
    List<String> lines = text(ExportFormat.GDELT, EventFilter.dyad("RUS", "AZE", null, null),
        true).lines().toList();
    String[] head = lines.get(0).split("\t", -1);
    assertThat(Arrays.asList(head).subList(0, 61)).containsExactlyElementsOf(
        GdeltWriter.GDELT_COLUMNS);
    assertThat(head).hasSize(61 + GdeltWriter.EXTRA.size());
    String[] f = lines.get(1).split("\t", -1);
    assertThat(f).hasSize(head.length);
    assertThat(f[1]).isEqualTo("20250627");
    assertThat(f[2]).isEqualTo("202506");
    assertThat(f[3]).isEqualTo("2025");
    assertThat(f[4]).isEqualTo("2025.5671"); // 2025 + (6 * 30 + 27) / 365
    assertThat(f[5]).isEqualTo("RUSPOL");
    assertThat(f[7]).isEqualTo("RUS");
    assertThat(f[12]).isEqualTo("POL");
    assertThat(f[15]).isEqualTo("AZE");
    assertThat(f[17]).isEqualTo("AZE");
    assertThat(f[22]).isEmpty();
    assertThat(f[25]).isEqualTo("1");
    assertThat(f[26]).isEqualTo("173");
    assertThat(f[27]).isEqualTo("173");
    assertThat(f[28]).isEqualTo("17");
    assertThat(f[29]).isEqualTo("4");
    assertThat(f[30]).isEqualTo("-5.0");
    assertThat(f[31]).isEqualTo("1");
    assertThat(f[59]).isEqualTo("20250701000000");
    assertThat(f[60]).isEqualTo("https://example.org/trend-1");
    assertThat(f[61]).isEqualTo("trend-1");
    assertThat(Long.parseLong(f[0])).isPositive();
    assertThat(text(ExportFormat.GDELT, EventFilter.all(), false).lines().findFirst().orElseThrow())
        .doesNotStartWith("GLOBALEVENTID");
  }

  @Test
  void parquet_is_read_back_row_for_row() throws IOException {
    Path file = dir.resolve("events.parquet");
    long n = exports.exportParquet(EventFilter.dyad("RUS", "AZE", null, null), file);
    assertThat(n).isEqualTo(6);
    List<Group> rows = new ArrayList<>();
    ParquetReadOptions options = ParquetReadOptions.builder(new PlainParquetConfiguration())
        .withCodecFactory(new UncompressedCodecs()).build();
    try (ParquetFileReader r = open(new LocalInputFile(file), options)) {
      MessageType schema = r.getFooter().getFileMetaData().getSchema();
      assertThat(schema).isEqualTo(ParquetEventWriter.SCHEMA);
      PageReadStore pages;
      while ((pages = r.readNextRowGroup()) != null) {
        RecordReader<Group> rr = new ColumnIOFactory().getColumnIO(schema)
            .getRecordReader(pages, new GroupRecordConverter(schema));
        for (long i = 0; i < pages.getRowCount(); i++) {
          rows.add(rr.read());
        }
      }
    }
    assertThat(rows).hasSize(6);
    Group first = rows.get(0);
    assertThat(first.getString("article_id", 0)).isEqualTo("trend-1");
    assertThat(LocalDate.ofEpochDay(first.getInteger("date", 0))).isEqualTo(Corpus.JUNE_27);
    assertThat(first.getString("cameo", 0)).isEqualTo("173");
    assertThat(first.getDouble("goldstein", 0)).isEqualTo(-5.0);
    assertThat(rows.get(5).getString("outlet", 0)).isEqualTo("APA");
  }

  /** The first field of each record of an RFC 4180 CSV text (quoted fields may hold breaks). */
  private static List<String> firstFields(String csv) {
    List<String> out = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean first = true;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == ',' && first) {
        out.add(field.toString());
        first = false;
      } else if (!quoted && c == '\n') {
        first = true;
        field.setLength(0);
      } else if (first && c != '\r') {
        field.append(c);
      }
    }
    return out;
  }

  /** {@code ParquetFileReader.open(InputFile, options)}: its Hadoop overloads need a handle. */
  private static ParquetFileReader open(InputFile in, ParquetReadOptions options) {
    try {
      return (ParquetFileReader) MethodHandles.publicLookup().findStatic(ParquetFileReader.class,
          "open", MethodType.methodType(ParquetFileReader.class, InputFile.class,
              ParquetReadOptions.class)).invoke(in, options);
    } catch (Throwable e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void parquet_to_a_stream_is_refused() {
    assertThatThrownBy(() -> text(ExportFormat.PARQUET, EventFilter.all(), true))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--out");
  }

  @Test
  void gexf_has_actor_nodes_and_coloured_weighted_edges() throws Exception {
    String xml = text(ExportFormat.GEXF, EventFilter.dyad("RUS", "AZE", null, null), true);
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document doc = f.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(
        xml.getBytes(StandardCharsets.UTF_8)));
    Element root = doc.getDocumentElement();
    assertThat(root.getNamespaceURI()).isEqualTo("http://gexf.net/1.3");
    assertThat(root.getAttribute("version")).isEqualTo("1.3");
    NodeList nodes = doc.getElementsByTagNameNS("http://gexf.net/1.3", "node");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      ids.add(((Element) nodes.item(i)).getAttribute("id"));
    }
    assertThat(ids).containsExactlyInAnyOrder("RUSGOV", "AZEGOV", "RUSPOL", "AZE");
    NodeList edges = doc.getElementsByTagNameNS("http://gexf.net/1.3", "edge");
    assertThat(edges.getLength()).isEqualTo(5);
    Element heaviest = (Element) edges.item(0);
    assertThat(heaviest.getAttribute("id")).isEqualTo("RUSGOV>AZEGOV:3");
    assertThat(heaviest.getAttribute("weight")).isEqualTo("2");
    Element color = (Element) heaviest.getElementsByTagNameNS("http://gexf.net/1.3/viz", "color")
        .item(0);
    assertThat(color.getAttribute("r")).isEqualTo("253");
  }
}
