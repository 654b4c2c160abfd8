package cn.icpcheck.input;

import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RecordsWriterTest {

    @Test
    void handsTheRecordsOfAChunkOfBatchesToItsWriterAsOneChunkInOrder() throws Exception {
        List<List<String>> written = new ArrayList<>();
        var writer = new RecordsWriter<String>(chunk -> written.add(List.copyOf(chunk.getItems())));

        writer.write(new Chunk<>(List.of("a", "b"), List.of(), List.of("c")));
        writer.write(new Chunk<>(List.of(List.of("d"))));

        assertThat(written).containsExactly(List.of("a", "b", "c"), List.of("d"));
    }

    @Test
    void opensUpdatesAndClosesAWriterThatIsAStreamWithTheStep() throws Exception {
        List<String> calls = new ArrayList<>();
        ItemStreamWriter<String> stream = new ItemStreamWriter<>() {
            @Override
            public void write(Chunk<? extends String> chunk) {
                calls.add("write " + chunk.getItems());
            }

            @Override
            public void open(ExecutionContext context) {
                calls.add("open");
            }

            @Override
            public void update(ExecutionContext context) {
                calls.add("update");
            }

            @Override
            public void close() {
                calls.add("close");
            }
        };
        var writer = new RecordsWriter<>(stream);

        writer.open(new ExecutionContext());
        writer.write(new Chunk<>(List.of(List.of("x"))));
        writer.update(new ExecutionContext());
        writer.close();

        assertThat(calls).containsExactly("open", "write [x]", "update", "close");
    }
}
