package dev.interleave.ui;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The particle after a filled-in name follows how Korean reads the name's last sound. */
class KoreanParticlesTest {
    @ParameterizedTest
    @CsvSource({
            "T1이(가) 시작, T1이 시작",          // 일
            "T2이(가) 시작, T2가 시작",          // 이
            "잔고을(를) 봄, 잔고를 봄",
            "락을(를) 잡음, 락을 잡음",
            "pool을(를) 씀, pool을 씀",          // 풀
            "checking을(를) 바꿈, checking을 바꿈", // 체킹
            "done을(를) 통과, done을 통과",      // 던
            "file은(는) 닫힘, file은 닫힘",      // 파일
            "lock이(가) 풀림, lock이 풀림",      // 락
            "peak을(를) 읽음, peak를 읽음",      // 피크
            "check이(가) 끝남, check가 끝남",    // 체크
            "book을(를) 봄, book을 봄",          // 북
            "pick을(를) 봄, pick을 봄",          // 픽
            "10이(가) 됨, 10이 됨",              // 십
            "3을(를) 더함, 3을 더함",            // 삼
            "stop(으)로 끝, stop으로 끝",        // 스톱
            "count을(를) 읽음, count를 읽음",    // 카운트
            "tasks에서 queue을(를) 봄, tasks에서 queue를 봄", // 큐
            "lock-a을(를) 원함, lock-a를 원함",
            "go을(를) 기다림, go를 기다림",
            "ready이(가) 참, ready가 참",
            "desk이(가) 있음, desk가 있음",      // 데스크
            "pool(으)로 돌아감, pool로 돌아감",  // ㄹ: 로
            "item과(와) 함께, item과 함께",
    })
    void picksTheParticleAKoreanReaderWould(String marked, String expected) {
        assertThat(KoreanParticles.fix(marked)).isEqualTo(expected);
    }
}
