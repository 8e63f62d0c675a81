package permission_test

import (
	"context"
	"fmt"

	"github.com/jsproc/jsproc/runtime/permission"
)

// A policy is a chain: here a handler that never lets a script reach the
// cloud metadata address, whatever the grants after it say.
func ExampleNew() {
	noMetadata := func(ctx context.Context, req *permission.Request, next permission.Check) error {
		if req.Scope == permission.Net && req.Resource == "169.254.169.254:80" {
			return permission.Deny(req)
		}
		return next(ctx, req)
	}
	p := permission.New(noMetadata, permission.Grants{Net: []string{"*"}}.Handler())
	ctx := context.Background()
	fmt.Println(p.Allowed(ctx, permission.Net, "example.com:443", "connect"))
	fmt.Println(p.Check(ctx, &permission.Request{Scope: permission.Net, Resource: "169.254.169.254:80"}))
	// Output:
	// true
	// permission: Net access to "169.254.169.254:80" denied
}
