package sdn_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log"
	"net/http"
	"net/http/httptest"
	"os"
	"sync/atomic"
	"time"

	"github.com/sanctionscreen/ofac/sdn"
)

// A service that screens payments keeps one list in service and asks
// Treasury for a newer one every hour. Whatever goes wrong, Fetch hands back
// the list to keep screening against. (Not run: it calls Treasury.)
func ExampleFetcher() {
	// The zero Fetcher fetches the SDN list in the advanced XML; the cache
	// makes the requests conditional and survives restarts.
	f := &sdn.Fetcher{CacheDir: "/var/cache/ofac"}
	ctx := context.Background()

	var list *sdn.List // at start, the cached list (if any) stands in
	for {
		next, res, err := f.Fetch(ctx, list)
		if err != nil {
			log.Printf("%s: %v", res.Status, err)
		}
		if next != list { // a newer list, downloaded or from the cache
			log.Printf("now screening against the list of %s, %d entries", next.Published.Format(time.DateOnly), len(next.Entries))
			// Hand next to the screener here (screen.Screener.Update).
		}
		if next == nil {
			log.Print("no list to screen against yet")
		}
		list = next
		time.Sleep(time.Hour)
	}
}

// Fetch against a local copy of the Sanctions List Service serving the real
// consolidated list of 2025-01-10: a download, a conditional request
// answered 304, and an outage that leaves the list in service.
func ExampleFetcher_Fetch() {
	file, err := os.ReadFile("../testdata/ofac/CONS_ENHANCED-2025-01-10.XML")
	if err != nil {
		log.Fatal(err)
	}
	published := time.Date(2025, 1, 10, 14, 0, 0, 0, time.UTC)
	var down atomic.Bool
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if down.Load() {
			http.Error(w, "maintenance", http.StatusServiceUnavailable)
			return
		}
		w.Header().Set("ETag", `"cons-2025-01-10"`) // ServeContent answers If-None-Match
		http.ServeContent(w, r, "CONS_ENHANCED.XML", published, bytes.NewReader(file))
	}))
	defer srv.Close()

	cache, err := os.MkdirTemp("", "ofac-example-")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(cache)
	f := &sdn.Fetcher{URL: srv.URL + "/api/PublicationPreview/exports/CONS_ENHANCED.XML", CacheDir: cache}

	var list *sdn.List
	for _, outage := range []bool{false, false, true} {
		down.Store(outage)
		next, res, err := f.Fetch(context.Background(), list)
		var se *sdn.StatusError
		if errors.As(err, &se) {
			fmt.Printf("HTTP %d, ", se.StatusCode)
		}
		fmt.Printf("%s: %s list of %s, %d entries, new in service: %v\n",
			res.Status, next.Source, next.Published.Format(time.DateOnly), len(next.Entries), next != list)
		list = next
	}
	// Output:
	// downloaded: CONSOLIDATED list of 2025-01-10, 443 entries, new in service: true
	// not modified: CONSOLIDATED list of 2025-01-10, 443 entries, new in service: false
	// HTTP 503, failed: CONSOLIDATED list of 2025-01-10, 443 entries, new in service: false
}
