package org.caspian.query.export;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.file.Path;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.caspian.query.events.EventRecord;

/**
 * Events as one Parquet file, the columns of the CSV export typed (dates as Parquet DATE, counts as
 * INT32, weights as DOUBLE, text as UTF-8 strings). Written through Parquet's local-file output and
 * plain configuration, with no Hadoop runtime, uncompressed. Close it to write the footer.
 */
public final class ParquetEventWriter implements AutoCloseable {
  /** The file schema. */
  public static final MessageType SCHEMA = schema();

  private final ParquetWriter<Group> writer;
  private final SimpleGroupFactory groups = new SimpleGroupFactory(SCHEMA);

  /** Creates (or replaces) {@code file}. */
  public ParquetEventWriter(Path file) throws IOException {
    writer = hadoopFreeBuilder(new LocalOutputFile(file))
        .withType(SCHEMA)
        .withCompressionCodec(CompressionCodecName.UNCOMPRESSED)
        .withCodecFactory(new UncompressedCodecs())
        .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
        .build();
  }

  /**
   * {@code ExampleParquetWriter.builder(OutputFile).withConf(ParquetConfiguration)}, called
   * through method handles: both methods have Hadoop-typed overloads that the compiler would need Hadoop's
   * classes to tell apart, and Caspian ships no Hadoop.
   */
  private static ExampleParquetWriter.Builder hadoopFreeBuilder(OutputFile out) throws IOException {
    try {
      MethodHandles.Lookup lookup = MethodHandles.publicLookup();
      ExampleParquetWriter.Builder b = (ExampleParquetWriter.Builder) lookup.findStatic(
          ExampleParquetWriter.class, "builder",
          MethodType.methodType(ExampleParquetWriter.Builder.class, OutputFile.class))
          .invoke(out);
      lookup.findVirtual(ParquetWriter.Builder.class, "withConf",
          MethodType.methodType(ParquetWriter.Builder.class, ParquetConfiguration.class))
          .invoke(b, new PlainParquetConfiguration());
      return b;
    } catch (IOException | RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IOException("cannot set up the Parquet writer: " + e, e);
    }
  }

  private static MessageType schema() {
    Types.MessageTypeBuilder b = Types.buildMessage();
    string(b, "article_id");
    b.required(PrimitiveTypeName.INT32).named("ordinal");
    b.optional(PrimitiveTypeName.INT32).as(LogicalTypeAnnotation.dateType()).named("date");
    b.required(PrimitiveTypeName.BOOLEAN).named("date_stated");
    for (String s : new String[] {"source_code", "source_country", "source_text", "target_code",
        "target_country", "target_text", "cameo", "root", "plover"}) {
      string(b, s);
    }
    b.required(PrimitiveTypeName.INT32).named("quad");
    b.required(PrimitiveTypeName.DOUBLE).named("goldstein");
    for (String s : new String[] {"modality", "attribution", "trigger", "sentence"}) {
      string(b, s);
    }
    b.required(PrimitiveTypeName.INT32).named("start");
    b.required(PrimitiveTypeName.INT32).named("end");
    string(b, "outlet");
    string(b, "title");
    b.optional(PrimitiveTypeName.INT32).as(LogicalTypeAnnotation.dateType()).named("published");
    string(b, "url");
    string(b, "language");
    b.required(PrimitiveTypeName.DOUBLE).named("tone");
    return b.named("event");
  }

  private static void string(Types.MessageTypeBuilder b, String name) {
    b.required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(name);
  }

  /** Writes one event row. */
  public void write(EventRecord e) throws IOException {
    Group g = groups.newGroup()
        .append("article_id", e.articleId())
        .append("ordinal", e.ordinal());
    if (e.date() != null) {
      g.append("date", (int) e.date().toEpochDay());
    }
    g.append("date_stated", e.dateStated())
        .append("source_code", e.sourceCode())
        .append("source_country", e.sourceCountry())
        .append("source_text", e.sourceText())
        .append("target_code", e.targetCode())
        .append("target_country", e.targetCountry())
        .append("target_text", e.targetText())
        .append("cameo", e.cameo())
        .append("root", e.root())
        .append("plover", e.plover())
        .append("quad", e.quad())
        .append("goldstein", e.goldstein())
        .append("modality", e.modality())
        .append("attribution", e.attribution())
        .append("trigger", e.trigger())
        .append("sentence", e.sentence())
        .append("start", e.start())
        .append("end", e.end())
        .append("outlet", e.outlet())
        .append("title", e.title());
    if (e.published() != null) {
      g.append("published", (int) e.published().toEpochDay());
    }
    g.append("url", e.url()).append("language", e.language()).append("tone", e.tone());
    writer.write(g);
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }
}
