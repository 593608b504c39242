package main

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// progress draws a one-line progress bar on a terminal: how far, how fast,
// how long still. It is drawn only when stderr is a terminal (the caller
// decides), redrawn a few times a second from its own goroutine, and
// cleared before anything else is printed.
type progress struct {
	w     io.Writer
	unit  string       // "rows", "bytes"
	pos   func() int64 // how far into total (bytes read)
	count atomic.Int64 // items done (rows); for unit "bytes", unused
	start time.Time

	mu    sync.Mutex
	label string
	total int64 // of pos; -1 when unknown: a spinner, no bar
	drawn bool
	tick  int
	stopc chan struct{}
	done  chan struct{}
}

func newProgress(w io.Writer, label string, total int64, pos func() int64, unit string) *progress {
	p := &progress{w: w, label: label, total: total, pos: pos, unit: unit, start: time.Now(),
		stopc: make(chan struct{}), done: make(chan struct{})}
	go p.loop()
	return p
}

func (p *progress) loop() {
	defer close(p.done)
	t := time.NewTicker(150 * time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-p.stopc:
			return
		case <-t.C:
			p.draw()
		}
	}
}

// add counts n more items done.
func (p *progress) add(n int64) { p.count.Add(n) }

// phase starts another stage under a new label ("parsing") with a new
// total (-1: unknown).
func (p *progress) phase(label string, total int64, pos func() int64) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.label, p.total, p.pos, p.start = label, total, pos, time.Now()
}

// clear erases the bar so that a message can take the line; the next tick
// draws it again under the message.
func (p *progress) clear() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.erase()
}

func (p *progress) erase() {
	if p.drawn {
		fmt.Fprint(p.w, "\r\033[K")
		p.drawn = false
	}
}

// stop stops drawing and erases the bar.
func (p *progress) stop() {
	close(p.stopc)
	<-p.done
	p.clear()
}

const barWidth = 24

func (p *progress) draw() {
	p.mu.Lock()
	defer p.mu.Unlock()
	elapsed := time.Since(p.start).Seconds()
	pos := int64(0)
	if p.pos != nil {
		pos = p.pos()
	}
	var b strings.Builder
	b.WriteString(p.label)
	frac := -1.0
	if p.total > 0 {
		frac = min(float64(pos)/float64(p.total), 1)
		fill := int(frac * barWidth)
		fmt.Fprintf(&b, " %3.0f%% [%s%s]", frac*100, strings.Repeat("=", fill), strings.Repeat(" ", barWidth-fill))
	} else {
		p.tick++
		b.WriteString(" " + string(`|/-\`[p.tick%4]))
	}
	switch p.unit {
	case "bytes":
		if p.total > 0 {
			fmt.Fprintf(&b, " %s of %s", bytesText(pos), bytesText(p.total))
		} else if pos > 0 {
			fmt.Fprintf(&b, " %s", bytesText(pos))
		}
		if elapsed > 0.5 && pos > 0 {
			fmt.Fprintf(&b, "  %s/s", bytesText(int64(float64(pos)/elapsed)))
		}
	default:
		n := p.count.Load()
		fmt.Fprintf(&b, " %s %s", thousands(n), p.unit)
		if elapsed > 0.5 {
			fmt.Fprintf(&b, "  %s %s/s", thousands(int64(float64(n)/elapsed)), p.unit)
		}
	}
	if frac > 0.01 && frac < 1 && elapsed > 1 {
		left := time.Duration(elapsed*(1-frac)/frac) * time.Second
		fmt.Fprintf(&b, "  %s left", left.Round(time.Second))
	} else if p.total <= 0 {
		fmt.Fprintf(&b, "  %s", time.Duration(elapsed*float64(time.Second)).Round(time.Second))
	}
	fmt.Fprint(p.w, "\r\033[K"+b.String())
	p.drawn = true
}

func bytesText(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.0f kB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}

// thousands writes n with thousands separators: 100,000 reads at a glance.
func thousands(n int64) string {
	s := fmt.Sprint(n)
	if n < 0 {
		return s
	}
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}
