import numpy as np
def make_bins(X, nb=64):
    edges=[]
    for j in range(X.shape[1]):
        u=np.unique(X[:,j])
        if len(u)<=nb: e=(u[:-1]+u[1:])/2
        else:
            q=np.quantile(X[:,j],np.linspace(0,1,nb+1)[1:-1]); e=np.unique(q)
        edges.append(e)
    return edges
def apply_bins(X,edges):
    return np.column_stack([np.searchsorted(e,X[:,j],side='right') for j,e in enumerate(edges)]).astype(np.int32)
def fit_gbdt(B, y, base, ntrees=100, lr=0.1, depth=3, min_hess=200.0, lam=10.0, nb=65):
    n,F=B.shape; f=base.copy(); trees=[]
    offs=(np.arange(F)*nb)[None,:]
    BO=B+offs
    for t in range(ntrees):
        p=1/(1+np.exp(-f)); g=p-y; h=p*(1-p)
        nodes=[(np.arange(n),0)]; leaves=[]; splits=[]
        # tree as list of (feature, threshold_bin, left, right) ; build level-wise
        tree=[]  # node: [feat,thr,left,right,value]
        def build(idx,d):
            node=len(tree); tree.append(None)
            G=g[idx].sum(); H=h[idx].sum()
            best=None
            if d<depth and H>=2*min_hess:
                hg=np.bincount(BO[idx].ravel(),weights=np.repeat(g[idx],F),minlength=F*nb).reshape(F,nb)
                hh=np.bincount(BO[idx].ravel(),weights=np.repeat(h[idx],F),minlength=F*nb).reshape(F,nb)
                cg=np.cumsum(hg,1); ch=np.cumsum(hh,1)
                gain=cg**2/(ch+lam)+(G-cg)**2/(H-ch+lam)-G**2/(H+lam)
                ok=(ch>=min_hess)&((H-ch)>=min_hess)
                gain=np.where(ok,gain,-1)
                k=np.argmax(gain); j,b=divmod(k,nb)
                if gain[j,b]>0: best=(j,b)
            if best is None:
                tree[node]=[-1,0,0,0,-lr*G/(H+lam)]; return node
            j,b=best; m=B[idx,j]<=b
            l=build(idx[m],d+1); r=build(idx[~m],d+1)
            tree[node]=[j,b,l,r,0.0]; return node
        build(np.arange(n),0)
        T=np.array(tree,dtype=float)
        f+=pred_tree(T,B); trees.append(T)
    return trees
def pred_tree(T,B):
    n=len(B); node=np.zeros(n,dtype=int)
    for _ in range(20):
        feat=T[node,0].astype(int); leaf=feat<0
        if leaf.all(): break
        thr=T[node,1]; l=T[node,2].astype(int); r=T[node,3].astype(int)
        v=B[np.arange(n),np.maximum(feat,0)]
        node=np.where(leaf,node,np.where(v<=thr,l,r))
    return T[node,4]
def pred(trees,B,base):
    f=base.copy()
    for T in trees: f+=pred_tree(T,B)
    return f
